using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Rfp;

namespace Raaqj.Web.Features.Rfp;

public static class CurrentRound
{
    // Asked on most staff pages, so compiled once rather than looked up in EF's query cache each time.
    private static readonly Func<AppDbContext, DateTime, Task<int?>> Latest = EF.CompileAsyncQuery((AppDbContext db, DateTime nowUtc) =>
        db.RequestsForAction.Where(r => r.Status != RfpStatus.Draft)
            .OrderBy(r => r.OpensAtUtc <= nowUtc ? 0 : 1)
            .ThenByDescending(r => r.OpensAtUtc <= nowUtc ? r.OpensAtUtc : DateTime.MinValue).ThenBy(r => r.OpensAtUtc)
            .Select(r => (int?)r.Id).FirstOrDefault());

    // The round staff work on by default: the latest that has opened; before any has, the next to open.
    public static Task<int?> IdAsync(AppDbContext db, DateTime nowUtc) => Latest(db, nowUtc);
}
