using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Admin;

public sealed record UsersQuery(string? Q, string? Role, string? Status, string? Sort, int? Page);

public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsDisabled, bool InvitationPending, bool EmailConfirmed, DateTime CreatedAtUtc, DateTime? LastSignInAtUtc)
{
    public string StatusLabel => IsDisabled ? "Disabled" : InvitationPending ? "Invited" : !EmailConfirmed ? "Email not confirmed" : "Active";

    public string StatusBadge => IsDisabled ? "text-bg-dark" : InvitationPending ? "text-bg-info" : !EmailConfirmed ? "text-bg-warning" : "text-bg-success";
}

public sealed record UsersModel(UsersQuery Query, Page<UserRow> Users);

public sealed class UsersHandler(AppDbContext db)
{
    public static readonly IReadOnlyList<(string Key, string Label)> Sorts =
        [("name", "Name"), ("email", "Email"), ("newest", "Newest first"), ("last-sign-in", "Last sign-in")];

    public async Task<UsersModel> Handle(UsersQuery query)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim().ToLower();
            users = users.Where(u => u.Email!.ToLower().Contains(term) || u.DisplayName.ToLower().Contains(term));
        }
        if (!string.IsNullOrWhiteSpace(query.Role))
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == query.Role)));
        users = query.Status switch
        {
            "active" => users.Where(u => !u.IsDisabled && u.PasswordHash != null),
            "invited" => users.Where(u => u.InvitedAtUtc != null && u.PasswordHash == null),
            "disabled" => users.Where(u => u.IsDisabled),
            _ => users,
        };
        users = query.Sort switch
        {
            "email" => users.OrderBy(u => u.Email),
            "newest" => users.OrderByDescending(u => u.CreatedAtUtc),
            "last-sign-in" => users.OrderByDescending(u => u.LastSignInAtUtc),
            _ => users.OrderBy(u => u.DisplayName),
        };

        var total = await users.CountAsync();
        var page = Page<UserRow>.Clamp(query.Page);
        var rows = await users.Skip((page - 1) * Page<UserRow>.DefaultSize).Take(Page<UserRow>.DefaultSize)
            .SelectRows(db).ToListAsync();
        return new UsersModel(query, new Page<UserRow>(rows, page, Page<UserRow>.DefaultSize, total));
    }
}

public static class UserRowProjection
{
    public static IQueryable<UserRow> SelectRows(this IQueryable<Domain.Accounts.AppUser> users, AppDbContext db) =>
        users.Select(u => new UserRow(u.Id, u.Email!, u.DisplayName,
            db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            u.IsDisabled, u.InvitedAtUtc != null && u.PasswordHash == null, u.EmailConfirmed, u.CreatedAtUtc, u.LastSignInAtUtc));
}
