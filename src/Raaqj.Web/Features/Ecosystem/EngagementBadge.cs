using Raaqj.Web.Domain.Planning;

namespace Raaqj.Web.Features.Ecosystem;

// The badge of an engagement level: deeper colours for deeper engagement. A method, not a partial, since a list of
// thousands of stakeholders draws one a row.
public static class EngagementBadge
{
    public static string Css(EngagementLevel level) => level switch
    {
        EngagementLevel.Informed => "badge text-bg-light border",
        EngagementLevel.Consulted => "badge text-bg-secondary",
        EngagementLevel.Involved => "badge text-bg-primary",
        EngagementLevel.Collaborating => "badge text-bg-success",
        _ => "badge text-bg-dark",
    };
}
