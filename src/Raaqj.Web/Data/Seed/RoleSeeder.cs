using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.Web.Data.Seed;

/// <summary>The four roles exist in every environment; they are part of the application, not demo data.</summary>
public static class RoleSeeder
{
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }
}
