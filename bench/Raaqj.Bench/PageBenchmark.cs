using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Raaqj.IntegrationTests.Data;
using Raaqj.Web.Data;
using Raaqj.Web.Data.Seed;

// The key pages under load against a reference page of the same app (docs/performance.md): the portal runs as in
// production (its own process, Release, Production environment, logs at Information to a file) on a SQLite file
// holding the demo, or the demo and a synthetic round 100 times its size.
internal static partial class PageBenchmark
{
    private sealed record Page(string Name, string Role, string Url);

    public static async Task Run(int scale, int seconds, int connections, int rounds, string? only = null)
    {
        var repository = Repository();
        var folder = Directory.CreateTempSubdirectory("raaqj-pages-").FullName;
        var database = Path.Combine(folder, "raaqj.db");
        await SeedAsync(repository, database, scale);
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var started = Stopwatch.StartNew();
        using var server = Start(repository, folder, database, baseUrl);
        var coldStart = await FirstOkAsync(baseUrl + "/");
        Console.WriteLine($"Pages at {(scale == 1 ? "demo size" : $"{scale}x the demo")}: {connections} connections, {seconds} s a page, cold start {coldStart.TotalSeconds:0.00} s, server process {server.Id}");

        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = Client(baseUrl, connections) };
        foreach (var (role, email) in new[] { ("admin", "admin@example.org"), ("staff", "staff@example.org"), ("reviewer", "reviewer1@example.org"), ("anchor", "anchor1@example.org"),
            ("region", "cohort1@example.org") })
            clients[role] = await SignedInAsync(baseUrl, email, connections);
        var proposal = (await clients["anchor"].GetAsync("/proposals")).Headers.Location!.OriginalString;
        Page[] pages =
        [
            new("reference (Fortunes-shaped)", "anonymous", "/bench/reference"),
            new("health", "anonymous", "/health"),
            new("public request for action", "anonymous", "/"),
            new("admin dashboard", "admin", "/dashboard/admin"),
            new("staff dashboard", "staff", "/dashboard/staff"),
            new("reviewer dashboard", "reviewer", "/dashboard/reviewer"),
            new("anchor dashboard", "anchor", "/dashboard/anchor"),
            new("intake", "staff", "/intake"),
            new("ranking", "staff", "/selection"),
            new("map", "staff", "/selection/map"),
            new("review results", "staff", "/reviews/results"),
            new("reviewer queue", "reviewer", "/reviews/mine"),
            new("proposal section", "anchor", proposal + "/strategy"),
            new("program timeline", "staff", "/program/1"),
            new("cohort tracker", "staff", "/program/1/tracker"),
            new("cohort overview", "staff", "/program/1/cohort"),
            new("community of practice", "staff", "/program/1/community"),
            new("ta queue", "staff", "/ta"),
            new("ta dashboard", "staff", "/ta/dashboard"),
            new("ecosystem map", "region", "/regions/1/stakeholders"),
            new("ecosystem map, sorted, page 3", "region", "/regions/1/stakeholders?sort=engagement&dir=desc&page=3"),
            new("ecosystem duplicates", "region", "/regions/1/stakeholders/duplicates"),
            new("ecosystem stakeholder", "region", "/regions/1/stakeholders/1"),
            new("ecosystem cohort", "staff", "/program/1/ecosystem"),
            new("action plan", "region", "/regions/1/plan"),
            new("action plan versions", "region", "/regions/1/plan/versions"),
            new("action plan compare", "region", "/regions/1/plan/compare?from=3&to=22"),
            new("action plan print", "region", "/regions/1/plan/print?version=22"),
            new("action plans cohort", "staff", "/program/1/plans"),
            new("targets", "staff", "/program/1/targets"),
            new("targets: stakeholders", "staff", "/program/1/targets/Stakeholders"),
            new("targets: people", "staff", "/program/1/targets/People"),
            new("targets: raised", "staff", "/program/1/targets/Raised"),
            new("money", "staff", "/program/1/money"),
            new("funders, sorted, page 3", "staff", "/program/1/funders?sort=received&dir=desc&page=3"),
            new("funder", "staff", "/program/1/funders/1"),
            new("match ledger", "region", "/regions/1/match"),
            new("outreach", "staff", "/program/1/outreach"),
            new("indicators and reports", "region", "/regions/1/reports"),
            new("period report", "region", "/regions/1/reports/9"),
            new("period report version", "region", "/regions/1/reports/9/versions/1"),
            new("indicator chart", "region", "/regions/1/indicators/1"),
            new("indicators, cohort", "staff", "/program/1/indicators"),
            new("indicator, cohort side by side", "staff", "/program/1/indicators/1"),
            new("reports due, every period", "staff", "/program/1/reports?all=true"),
            new("program report", "staff", "/program/1/board-report"),
            new("program report workbook", "staff", "/program/1/board-report/all.xlsx"),
        ];
        // Only some pages (names containing any of the comma-separated words), always beside the reference.
        if (only is not null)
            pages = pages.Where((p, i) => i == 0 || only.Split(',').Any(word => p.Name.Contains(word))).ToArray();
        // Every page under load once before measuring, so no round pays for JIT tiering or the first compilation of a view or query.
        var kilobytes = new Dictionary<Page, double>();
        foreach (var page in pages)
        {
            await LoadAsync(clients[page.Role], page.Url, 1, connections);
            kilobytes[page] = (await clients[page.Role].GetByteArrayAsync(page.Url)).Length / 1024.0;
        }
        // The machine's speed drifts by a third within minutes (a shared virtual machine), so each page is measured in
        // slices alternating with the reference, and its share is taken against the reference of the same slices.
        var reference = pages[0];
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"Round {round}");
            Console.WriteLine($"  {"page",-28} {"req/s",8} {"ref/s",8} {"share",6} {"p50 ms",7} {"p99 ms",7} {"KB",6}");
            foreach (var page in pages.Skip(1))
            {
                var pageTimes = new List<double>();
                var referenceCount = 0;
                for (var slice = 0; slice < Slices; slice++)
                {
                    referenceCount += (await LoadAsync(clients[reference.Role], reference.Url, seconds / (double)Slices, connections)).Count;
                    pageTimes.AddRange(await LoadAsync(clients[page.Role], page.Url, seconds / (double)Slices, connections));
                }
                pageTimes.Sort();
                var perSecond = pageTimes.Count / (double)seconds;
                Console.WriteLine($"  {page.Name,-28} {perSecond,8:0} {referenceCount / (double)seconds,8:0} {pageTimes.Count / (double)referenceCount,6:0.00} " +
                    $"{pageTimes[pageTimes.Count / 2],7:0.0} {pageTimes[(int)(pageTimes.Count * 0.99)],7:0.0} {kilobytes[page],6:0}");
            }
            server.Refresh();
            Console.WriteLine($"  server memory after round {round}: {server.WorkingSet64 / 1024 / 1024} MB working set");
        }
        server.Kill(entireProcessTree: true);
        Console.WriteLine($"Total {started.Elapsed.TotalSeconds:0} s; server log in {folder}");
    }

    private const int Slices = 3;

    private static readonly int ProgramPlanRegionCount = Raaqj.Web.Domain.Timeline.ProgramPlan.Region.Count;

    // The latency of every request made in `seconds`, after a second of the same load unmeasured.
    private static async Task<List<double>> LoadAsync(HttpClient client, string url, double seconds, int connections)
    {
        async Task<List<double>> Hammer(TimeSpan duration)
        {
            var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
            {
                var times = new List<double>();
                while (Stopwatch.GetTimestamp() < until)
                {
                    var start = Stopwatch.GetTimestamp();
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                        throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
                    times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                return times;
            })).ToList();
            return (await Task.WhenAll(workers)).SelectMany(t => t).ToList();
        }

        await Hammer(TimeSpan.FromSeconds(1));
        return await Hammer(TimeSpan.FromSeconds(seconds));
    }

    // The demo, seeded by the same code as Development, plus (at scale) synthetic rounds of reviewed proposals.
    private static async Task SeedAsync(string repository, string database, int scale)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_RAAQJ_WEB", Path.Combine(repository, "src", "Raaqj.Web"));
        await using var seeded = new DemoSeedFactory();
        await ((Xunit.IAsyncLifetime)seeded).InitializeAsync();
        if (scale > 1)
            await seeded.WithScopeAsync(s => SyntheticRound.AddAsync(s.GetRequiredService<AppDbContext>(), seeded.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1),
                proposals: 10 * scale, reviewsEach: 2, criteria: 6));
        // At scale the inaugural program carries 200 more program milestones and 30 milestones a region (issue 13).
        if (scale > 1)
            await seeded.WithScopeAsync(async s =>
            {
                await SyntheticMilestones.AddAsync(s.GetRequiredService<AppDbContext>(), programId: 1, programMilestones: 200, perRegion: 30 - ProgramPlanRegionCount, seeded.Clock.GetUtcNow().UtcDateTime);
                return true;
            });
        // At scale its community has met 300 times with 40 people each, and its regions asked for help 2,000 times (issue 14).
        if (scale > 1)
            await seeded.WithScopeAsync(async s =>
            {
                await SyntheticCommunity.AddAsync(s.GetRequiredService<AppDbContext>(), programId: 1, sessions: 300, attendeesEach: 40, taRequests: 2000, seeded.Clock.GetUtcNow().UtcDateTime);
                return true;
            });
        // At scale each of its six regions maps 2,000 stakeholders, a tenth shared across regions (issue 15).
        if (scale > 1)
            await seeded.WithScopeAsync(async s =>
            {
                var db = s.GetRequiredService<AppDbContext>();
                var rfp = await db.ProgramEditions.Where(p => p.Id == 1).Select(p => p.RequestForActionId!.Value).SingleAsync();
                await SyntheticEcosystem.AddAsync(db, rfp, perRegion: 2000, seeded.Clock.GetUtcNow().UtcDateTime);
                return true;
            });
        // At scale the first region's plan has 40 actions under each of the six dimensions and 20 more versions (issue 15).
        if (scale > 1)
            await seeded.WithScopeAsync(async s =>
            {
                await SyntheticPlans.AddAsync(s.GetRequiredService<AppDbContext>(), regionId: 1, actionsPerDimension: 40, versions: 20, seeded.Clock.GetUtcNow().UtcDateTime);
                return true;
            });
        // At scale the program raises from 500 funders in 5,000 payments, and each region's ledger has 40 lines (issue 16).
        if (scale > 1)
            await seeded.WithScopeAsync(async s =>
            {
                await SyntheticFunding.AddAsync(s.GetRequiredService<AppDbContext>(), programId: 1, funders: 500, paymentsEach: 10, matchLinesEach: 40, seeded.Clock.GetUtcNow().UtcDateTime);
                return true;
            });
        // At scale each of the six regions reports 40 indicators (37 of its own and the program's 3) every month for 12
        // months, each report submitted three times (issue 16).
        if (scale > 1)
            await seeded.WithScopeAsync(async s =>
            {
                await SyntheticReports.AddAsync(s.GetRequiredService<AppDbContext>(), programId: 1, indicatorsEach: 37, months: 12, versions: 3, seeded.Clock.GetUtcNow().UtcDateTime);
                return true;
            });
        SqliteConnection.ClearAllPools();
        File.Copy(seeded.DatabaseFile, database, overwrite: true);
    }

    private static Process Start(string repository, string folder, string database, string baseUrl)
    {
        var web = Path.Combine(repository, "src", "Raaqj.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "Raaqj.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"Build the portal in Release first: {dll} is missing.");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\"") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ASPNETCORE_URLS"] = baseUrl, ["ConnectionStrings__Raaqj"] = $"Data Source={database}",
            ["Portal__PublicUrl"] = baseUrl, ["Network__RequireHttps"] = "false", ["Bench__ReferencePage"] = "true",
            ["Files__Root"] = Path.Combine(folder, "files"), ["Mail__PickupFolder"] = Path.Combine(folder, "mail"),
            ["Logging__FilePath"] = Path.Combine(folder, "portal-.log"), ["Serilog__MinimumLevel__Default"] = "Information",
            ["RateLimiting__AuthPermitsPerMinute"] = "1000",
        })
            start.Environment[key] = value;
        var process = Process.Start(start)!;
        // The console copy of the log is drained and dropped; the file keeps it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine("portal: " + line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<TimeSpan> FirstOkAsync(string url)
    {
        var watch = Stopwatch.StartNew();
        using var client = new HttpClient();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK)
                    return watch.Elapsed;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(20);
        }
        throw new TimeoutException($"{url} did not answer within a minute.");
    }

    private static HttpClient Client(string baseUrl, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        { BaseAddress = new Uri(baseUrl) };

    private static async Task<HttpClient> SignedInAsync(string baseUrl, string email, int connections)
    {
        var client = Client(baseUrl, connections);
        var form = await client.GetStringAsync("/account/login");
        var token = Token().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = DemoData.Password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}.");
        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "RAAQJ.sln")))
            folder = folder.Parent ?? throw new InvalidOperationException("Run the benchmark from within the repository.");
        return folder.FullName;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
