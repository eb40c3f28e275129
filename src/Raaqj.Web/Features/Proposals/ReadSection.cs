using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

/// <summary>One section shown read-only: a co-author's version after a conflict, the printable proposal, the staff view.</summary>
/// <param name="LinkAttachments">Attachments link to the one download endpoint, which checks who may have them.</param>
public sealed record ReadSection(Proposal Proposal, ProposalSection Section, bool LinkAttachments = false);
