using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Mail;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Operations;

namespace Raaqj.Web.Infrastructure.Caching;

// One stamp in the database (a SystemSettings row, seeded by the migrations) that changes in the same save as any content: a proposal,
// a review, a decision, a request, a person. Each instance caches what is costly to read under the stamp it
// read, so a change made on any instance is seen by every instance on its next request.
public static class ContentVersion
{
    public const string SettingName = SystemSetting.ContentVersion;

    // Saved alongside content but not content: sessions, mail, keys, job leases, settings themselves.
    // Audit lines are content: the admin's dashboard shows them, and they come with changes of importance, rarely alone.
    // Notifications are content too: every page shows the person's unread count.
    private static readonly HashSet<Type> NotContent =
    [
        typeof(AuthSession), typeof(OutboxMessage), typeof(EmailPreference), typeof(DataProtectionKey),
        typeof(SystemSetting), typeof(JobLease),
        typeof(IdentityUserToken<string>), typeof(IdentityUserLogin<string>),
    ];

    // A sign-in's bookkeeping on the person (when, failed attempts, lockout) is not content either.
    private static readonly HashSet<string> SignInBookkeeping =
    [
        nameof(AppUser.LastSignInAtUtc), nameof(AppUser.AccessFailedCount), nameof(AppUser.LockoutEnd), nameof(AppUser.ConcurrencyStamp),
    ];

    public static bool ChangesContent(DbContext db) =>
        db.ChangeTracker.Entries().Any(e => !NotContent.Contains(e.Metadata.ClrType) && (e.State is EntityState.Added or EntityState.Deleted
            || (e.State == EntityState.Modified && !(e.Entity is AppUser && OnlySignInBookkeeping(e)))));

    private static bool OnlySignInBookkeeping(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).All(p => SignInBookkeeping.Contains(p.Metadata.Name));
}

// Changes the stamp inside the save that changes content, so the new stamp and the new data commit together.
public sealed class ContentVersionInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? db)
    {
        if (db is not AppDbContext app || !ContentVersion.ChangesContent(app))
            return;
        var tracked = app.SystemSettings.Local.FirstOrDefault(s => s.Name == ContentVersion.SettingName);
        if (tracked is null)
        {
            tracked = new SystemSetting { Name = ContentVersion.SettingName };
            app.SystemSettings.Attach(tracked);
        }
        tracked.Value = Guid.NewGuid().ToString("N");
        app.Entry(tracked).Property(s => s.Value).IsModified = true;
    }
}

// What is costly to read, kept per instance under the content stamp it was read with. The stamp is read at most once
// a request (one cheap query), and again after this request saves content.
public sealed class ContentCache : IDisposable
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(10);

    // Asked on every request that reads a cached page or checks a session: compiled once.
    private static readonly Func<AppDbContext, Task<string?>> Stamp = EF.CompileAsyncQuery((AppDbContext db) =>
        db.SystemSettings.Where(s => s.Name == ContentVersion.SettingName).Select(s => s.Value).FirstOrDefault());

    private readonly AppDbContext db;
    private readonly IMemoryCache memory;
    private Task<string?>? stamp;

    public ContentCache(AppDbContext db, IMemoryCache memory)
    {
        this.db = db;
        this.memory = memory;
        db.SavedChanges += Forget;
    }

    // The stamp this request reads content under; null before the migrations have seeded it.
    public Task<string?> StampAsync() => stamp ??= Stamp(db);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
    {
        var current = await StampAsync();
        if (current is null)
            return await load();
        var entry = $"{key}@{current}";
        if (memory.TryGetValue(entry, out T? cached) && cached is not null)
            return cached;
        var value = await load();
        memory.Set(entry, value, Keep);
        return value;
    }

    // For a change saved without SaveChanges (a bulk delete), which the interceptor does not see.
    public async Task ChangedAsync()
    {
        await db.SystemSettings.Where(s => s.Name == ContentVersion.SettingName)
            .ExecuteUpdateAsync(s => s.SetProperty(setting => setting.Value, Guid.NewGuid().ToString("N")));
        stamp = null;
    }

    private void Forget(object? sender, SavedChangesEventArgs e) => stamp = null;

    // The context outlives this request in the pool; it must not keep calling back into it.
    public void Dispose() => db.SavedChanges -= Forget;
}
