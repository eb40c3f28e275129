using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

/// <summary>One section shown read-only: a co-author's version after a conflict, the printable proposal, the staff view.</summary>
/// <param name="AttachmentUrlPrefix">Where attachment links point (the applicant's or the staff's download); none when null.</param>
public sealed record ReadSection(Proposal Proposal, ProposalSection Section, string? AttachmentUrlPrefix = null);
