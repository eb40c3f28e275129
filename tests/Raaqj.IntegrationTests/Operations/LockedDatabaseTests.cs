using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Operations;

// SQLite waits one second for a lock instead of five, to keep the test short.
public sealed class ImpatientDatabaseFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:SqliteBusyTimeoutSeconds", "1");
    }
}

public sealed class LockedDatabaseTests(ImpatientDatabaseFactory factory) : PortalTest<ImpatientDatabaseFactory>(factory)
{
    [Fact]
    public async Task A_write_locked_database_answers_503_promptly_says_the_text_is_kept_and_is_not_ready()
    {
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        var form = await owner.GetPageAsync("/organization/edit");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var profile = form.QuerySelector("form[action='/organization/edit']")!;
        var fields = profile.QuerySelectorAll("input[name]:not([type=checkbox]), input[type=checkbox][checked], textarea[name]")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.GetAttribute("value") ?? e.TextContent))
            .Concat(profile.QuerySelectorAll("select[name]").Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!,
                e.QuerySelector("option[selected]")?.GetAttribute("value") ?? "")))
            .Select(f => f.Key == "Form.ConveningTrackRecord" ? new KeyValuePair<string, string>(f.Key, "Text typed while the database was locked") : f).ToList();

        await using var holder = new SqliteConnection($"Data Source={factory.DatabaseFile}");
        await holder.OpenAsync();
        await using (var command = holder.CreateCommand())
        {
            // Another writer holds the lock: reads go on, writes wait.
            command.CommandText = "BEGIN IMMEDIATE";
            await command.ExecuteNonQueryAsync();
        }
        var clock = Stopwatch.StartNew();
        var save = await owner.PostAsync("/organization/edit", new FormUrlEncodedContent(fields));
        clock.Stop();
        var ready = await factory.NewClient().GetAsync("/health/ready");
        await using (var command = holder.CreateCommand())
        {
            command.CommandText = "ROLLBACK";
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, save.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the answer took {clock.Elapsed}");
        var page = (await save.ReadPageAsync()).Text();
        Assert.Contains("nothing was saved", page);
        Assert.Contains("Restore my text", page);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("database writable: Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await factory.NewClient().GetAsync("/health/ready")).StatusCode);
    }
}
