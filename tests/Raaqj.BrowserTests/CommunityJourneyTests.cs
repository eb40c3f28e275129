using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// Staff schedule a learning session that is under way; a region member registers on a phone and downloads the calendar
// invitation; staff take attendance with a guest; the member gives feedback; the people equipped count moves. Runs on
// the demo (Twin Cities, cohort2).
[Collection(nameof(BrowserCollection))]
public sealed class CommunityJourneyTests(Browser browser)
{
    private const string Link = "https://meet.example.org/raaqj-journey";

    [Fact]
    public async Task Staff_schedule_a_member_registers_staff_take_attendance_the_member_gives_feedback_and_people_equipped_moves()
    {
        var tag = DateTime.UtcNow.Ticks.ToString()[^6..];
        var title = $"Peer exchange on scheduling ({tag})";
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        string Local(TimeSpan fromNow) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.Add(fromNow), newYork).ToString("yyyy-MM-ddTHH:mm");

        var staff = await browser.NewPageAsync();
        await staff.LogInAsync("staff@example.org");
        await staff.GotoAsync("/community");
        var before = int.Parse(await staff.GetByTestId("people-equipped").TextContentAsync() ?? "");
        await staff.ExpectAccessibleAsync("community");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Schedule a session" }).ClickAsync();
        await staff.GetByLabel("Title (required)", new() { Exact = true }).FillAsync(title);
        await staff.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Peer exchange" });
        await staff.GetByLabel("Format").SelectOptionAsync(new SelectOptionValue { Label = "Virtual" });
        // Under way: begun five minutes ago, so a member can still register and staff can already take attendance.
        await staff.GetByLabel("Starts").FillAsync(Local(TimeSpan.FromMinutes(-5)));
        await staff.GetByLabel("Ends").FillAsync(Local(TimeSpan.FromMinutes(55)));
        await staff.GetByLabel("Time zone").SelectOptionAsync("America/New_York");
        await staff.GetByLabel("Link to join").FillAsync(Link);
        await staff.GetByLabel("Capacity").FillAsync("30");
        await staff.GetByLabel("Job quality").CheckAsync();
        await staff.ExpectAccessibleAsync("community-schedule");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Schedule the session" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Session scheduled");
        await Assertions.Expect(staff.GetByTestId("session-status")).ToHaveTextAsync("Under way");
        var sessionUrl = staff.Url;

        var member = await browser.NewPageAsync(phone: true);
        await member.LogInAsync("cohort2@example.org");
        await member.GotoAsync("/community");
        await member.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("session-link")).ToContainTextAsync("Shown to the people registered");
        await member.GetByLabel("You take part as").SelectOptionAsync(new SelectOptionValue { Label = "Public servant" });
        await member.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Status).First).ToContainTextAsync("You are registered");
        await Assertions.Expect(member.GetByTestId("session-link")).ToContainTextAsync(Link);
        var download = await member.RunAndWaitForDownloadAsync(() => member.GetByTestId("session-ics").ClickAsync());
        var ics = (await File.ReadAllTextAsync(await download.PathAsync())).Replace("\r\n ", "");
        Assert.Contains($"SUMMARY:{title}", ics);
        Assert.Contains(Link, ics);
        await member.ExpectAccessibleAsync("community-session-phone");

        await staff.GotoAsync(sessionUrl);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Mark everyone registered present" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Attendance saved");
        await staff.GetByLabel("Name (required)", new() { Exact = true }).FillAsync($"Journey Guest {tag}");
        await staff.GetByLabel("Email", new() { Exact = true }).FillAsync($"journey.guest.{tag}@example.org");
        await staff.GetByLabel("Organization").FillAsync("Twin Cities Labor Federation");
        await staff.GetByLabel("Region").SelectOptionAsync(new SelectOptionValue { Label = "Twin Cities" });
        await staff.GetByLabel("Takes part as").SelectOptionAsync(new SelectOptionValue { Label = "Advocate" });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Record as attending" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("recorded as attending");
        await Assertions.Expect(staff.GetByTestId("attendees")).ToContainTextAsync($"Journey Guest {tag}");
        await staff.ExpectAccessibleAsync("community-attendance");

        await member.ReloadAsync();
        await member.GetByLabel("4", new() { Exact = true }).CheckAsync();
        await member.GetByLabel("Comment").FillAsync("The scheduling examples were the most useful part.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Send my feedback" }).ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Status).First).ToContainTextAsync("your feedback is saved");
        await Assertions.Expect(member.GetByLabel("4", new() { Exact = true })).ToBeCheckedAsync();
        await member.ExpectAccessibleAsync("community-feedback-phone");

        // The member was counted already (the launch convening); the guest is new.
        await staff.GotoAsync("/community");
        await Assertions.Expect(staff.GetByTestId("people-equipped")).ToHaveTextAsync((before + 1).ToString());
        await staff.GetByRole(AriaRole.Link, new() { Name = "Learning agenda and resources" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("topic").First).ToContainTextAsync("Job quality");
        await staff.ExpectAccessibleAsync("community-agenda");
        Assert.Empty(browser.Errors);
    }
}
