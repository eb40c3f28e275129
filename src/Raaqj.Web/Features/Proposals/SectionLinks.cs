using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

// Each section's page is the ProposalsController action of the same name, so its link comes from that route.
public static class SectionLinks
{
    public static string Section(this IUrlHelper url, int proposalId, ProposalSection section, string? fieldId = null) =>
        url.Action(section.ToString(), "Proposals", new { id = proposalId }, null, null, fieldId)
        ?? throw new InvalidOperationException($"No route leads to the proposal section {section}.");
}
