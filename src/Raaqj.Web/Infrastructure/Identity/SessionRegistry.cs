using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Infrastructure.Identity;

// The sessions behind the sign-in cookie (see AuthSession): begun at each sign-in, checked on
// every request, ended at logout. The answer is kept under the content stamp (ContentCache): what ends a session
// (a logout here, a new security stamp, disabling the person) changes the stamp, on every instance.
public sealed class SessionRegistry(AppDbContext db, TimeProvider time, IOptions<IdentityOptions> identity, ContentCache cache)
{
    public const string SessionClaim = "raaqj:session";

    // Records a new session and writes its id into the principal being signed in; a session this browser held before ends.
    public async Task BeginAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity signingIn)
            return;
        var now = time.GetUtcNow().UtcDateTime;
        var userId = signingIn.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value ?? throw new InvalidOperationException("Signing in without a user id.");
        var stamp = signingIn.FindFirst(identity.Value.ClaimsIdentity.SecurityStampClaimType)?.Value ?? "";
        var session = new AuthSession { Id = Guid.NewGuid(), UserId = userId, SecurityStamp = stamp, CreatedAtUtc = now, ExpiresAtUtc = context.Properties.ExpiresUtc?.UtcDateTime };
        foreach (var old in signingIn.FindAll(SessionClaim).ToList())
            signingIn.RemoveClaim(old);
        signingIn.AddClaim(new Claim(SessionClaim, session.Id.ToString("N")));
        db.AuthSessions.Add(session);
        await db.SaveChangesAsync();
        await EndAsync(context.HttpContext.User);
        // Housekeeping: this person's sessions that ran out or were ended by a new stamp.
        await db.AuthSessions.Where(s => s.UserId == userId && (s.ExpiresAtUtc < now || s.SecurityStamp != stamp)).ExecuteDeleteAsync();
    }

    // Asked once per session and change of content: compiled once.
    private static readonly Func<AppDbContext, Guid, Task<bool>> Alive = EF.CompileAsyncQuery((AppDbContext context, Guid id) =>
        context.AuthSessions.Any(s => s.Id == id && context.Users.Any(u => u.Id == s.UserId && u.SecurityStamp == s.SecurityStamp && !u.IsDisabled)));

    public async Task<bool> IsAliveAsync(ClaimsPrincipal principal) =>
        IdOf(principal) is { } id && await cache.GetAsync($"session/{id:N}", () => Alive(db, id));

    // Deleted first, then the stamp changed: no instance can keep "alive" under the new stamp.
    public async Task EndAsync(ClaimsPrincipal principal)
    {
        if (IdOf(principal) is { } id && await db.AuthSessions.Where(s => s.Id == id).ExecuteDeleteAsync() > 0)
            await cache.ChangedAsync();
    }

    private static Guid? IdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(SessionClaim)?.Value, out var id) ? id : null;

    // Identity's periodic stamp check rebuilds the principal from the user; the session id must come along.
    public static Task KeepSession(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(SessionClaim) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && identity.FindFirst(SessionClaim) is null)
            identity.AddClaim(new Claim(SessionClaim, session.Value));
        return Task.CompletedTask;
    }

    // Wires the registry into the sign-in cookie's events, before Identity's own stamp check.
    public static void Attach(CookieAuthenticationEvents events)
    {
        var validateStamp = events.OnValidatePrincipal;
        events.OnSigningIn = context => Registry(context.HttpContext).BeginAsync(context);
        events.OnSigningOut = context => Registry(context.HttpContext).EndAsync(context.HttpContext.User);
        events.OnValidatePrincipal = async context =>
        {
            if (context.Principal is null || !await Registry(context.HttpContext).IsAliveAsync(context.Principal))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await validateStamp(context);
        };
    }

    private static SessionRegistry Registry(HttpContext context) => context.RequestServices.GetRequiredService<SessionRegistry>();
}
