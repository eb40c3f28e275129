using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

// One section shown read-only: a co-author's version after a conflict, the printable proposal, the staff view.
// LinkAttachments: Attachments link to the one download endpoint, which checks who may have them.
public sealed record ReadSection(Proposal Proposal, ProposalSection Section, bool LinkAttachments = false);
