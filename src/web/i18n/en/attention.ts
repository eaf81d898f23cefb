// English: what needs the user, on the home, process and round pages.
export const attention = {
  attention: {
    title: 'Needs you',
    nothing: 'Nothing waits for you. New messages, votes, proposals and signatures will show here.',
    unread_one: '{{count}} unread message',
    unread_other: '{{count}} unread messages',
    polls_one: '{{count}} poll awaits your vote',
    polls_other: '{{count}} polls await your vote',
    proposals_one: '{{count}} proposal awaits the pen',
    proposals_other: '{{count}} proposals await the pen',
    signatures_one: '{{count}} text awaits your signature',
    signatures_other: '{{count}} texts await your signature',
    invitations_one: '{{count}} invitation to answer',
    invitations_other: '{{count}} invitations to answer',
    tabBadge: '{{count}} waiting',
  },
};
