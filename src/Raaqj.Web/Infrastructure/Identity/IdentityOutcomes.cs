using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Domain;

namespace Raaqj.Web.Infrastructure.Identity;

// Identity answers with IdentityResult; the portal's pages answer Outcome, so its errors become rule violations
// next to the field they are about.
public static class IdentityOutcomes
{
    public static Outcome AsOutcome(this IdentityResult result, string field) =>
        Outcome.From(result.Errors.Select(e => new RuleViolation(field, e.Description)).ToList());
}
