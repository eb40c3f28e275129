using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;

namespace Raaqj.Web.Features.Reference;

public sealed record ReferenceRow(string Name, string Email);

// Twelve rows read without tracking, one added in memory, sorted: the TechEmpower "Fortunes" shape.
public sealed class ReferenceHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<ReferenceRow>> Handle()
    {
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.Id).Take(12)
            .Select(u => new ReferenceRow(u.DisplayName, u.Email!)).ToListAsync();
        rows.Add(new ReferenceRow("Additional row added at request time.", "reference@example.org"));
        return rows.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }
}
