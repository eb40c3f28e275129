using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.Web.Infrastructure.Identity;

public static class IdentitySetup
{
    public const string InvitationTokenProvider = "Invitation";

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // OWASP ASVS 2.1: length over composition; common passwords refused by CommonPasswordValidator.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Tokens.ProviderMap[InvitationTokenProvider] = new TokenProviderDescriptor(typeof(InvitationTokenProvider));
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<PortalClaims>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddTransient<InvitationTokenProvider>();
        services.Configure<InvitationTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(24));
        // Sessions end at once through SessionRegistry; Identity's stamp check still refreshes claims now and then.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = SessionRegistry.KeepSession;
        });
        services.AddScoped<SessionRegistry>();
        // The sign-in and sign-out paths come from their routes; options are read on first use, once the routes are mapped.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<LinkGenerator>((options, links) =>
        {
            options.LoginPath = links.GetPathByAction("Login", "Account") ?? throw new InvalidOperationException("No route leads to the sign-in page.");
            options.LogoutPath = links.GetPathByAction("Logout", "Account") ?? throw new InvalidOperationException("No route leads to the sign-out action.");
        });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "raaqj.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = Web.Transport.CookiePolicy(configuration, environment);
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            SessionRegistry.Attach(options.Events);
            // Someone whose browser still holds the cookie was signed in and is no longer (the session expired or was
            // ended elsewhere): the login page says so, instead of looking as if they had never signed in.
            options.Events.OnRedirectToLogin = context =>
            {
                var uri = context.Request.Cookies.ContainsKey(options.Cookie.Name!)
                    ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(context.RedirectUri, "expired", "true")
                    : context.RedirectUri;
                context.Response.Redirect(uri);
                return Task.CompletedTask;
            };
            // A signed-in user without the role gets a plain 403 (rendered by the error page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        return services;
    }
}

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions() => Name = IdentitySetup.InvitationTokenProvider;
}

// Invitation links stay valid for a week, longer than a password-reset link.
public sealed class InvitationTokenProvider(
    Microsoft.AspNetCore.DataProtection.IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(dataProtectionProvider, options, logger);
