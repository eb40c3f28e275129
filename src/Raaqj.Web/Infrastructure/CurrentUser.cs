using System.Security.Claims;

namespace Raaqj.Web.Infrastructure;

public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? Id => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Email => Principal?.FindFirstValue(ClaimTypes.Email) ?? Principal?.Identity?.Name ?? "system";
}
