using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// A region member asks for technical assistance on a phone; the staff expert it is routed to answers with a file and
// marks it resolved; the member rates the help and closes it. Runs on the demo (Greater New Orleans, cohort3).
[Collection(nameof(BrowserCollection))]
public sealed class TaJourneyTests(Browser browser)
{
    private const string Title = "Employer commitments for the hospitality pilot";

    [Fact]
    public async Task A_region_asks_for_help_the_expert_answers_with_a_file_and_the_region_rates_it()
    {
        var member = await browser.NewPageAsync(phone: true);
        member.Dialog += (_, dialog) => dialog.AcceptAsync();
        await member.LogInAsync("cohort3@example.org");
        await member.GotoAsync("/regions/mine");
        await member.GetByRole(AriaRole.Link, new() { Name = "Ask for help" }).ClickAsync();
        await member.GetByLabel("Area of expertise").SelectOptionAsync(new SelectOptionValue { Label = "Employer mobilization" });
        await member.GetByLabel("What you need, in a line").FillAsync(Title);
        await member.GetByLabel("Your question").FillAsync("Which commitments can we ask of hotels joining the pilot, and how do we write them down?");
        await member.GetByLabel("Good times to talk").FillAsync("Weekday afternoons, Central time");
        await member.ExpectAccessibleAsync("ta-new-phone");
        await member.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Status).First).ToContainTextAsync("Request sent");
        await Assertions.Expect(member.GetByTestId("ta-status")).ToHaveTextAsync("Assigned");

        var expert = await browser.NewPageAsync();
        expert.Dialog += (_, dialog) => dialog.AcceptAsync();
        await expert.LogInAsync("staff@example.org");
        await expert.GotoAsync("/ta?open=true");
        await expert.ExpectAccessibleAsync("ta-queue");
        await expert.GetByRole(AriaRole.Link, new() { Name = "Response clocks and holidays" }).ClickAsync();
        await expert.ExpectAccessibleAsync("ta-clocks");
        await expert.GoBackAsync();
        await expert.GetByRole(AriaRole.Link, new() { Name = "Experts and their areas" }).ClickAsync();
        await Assertions.Expect(expert.GetByTestId("experts")).ToContainTextAsync("Sam Staff");
        await expert.ExpectAccessibleAsync("ta-experts");
        await expert.GoBackAsync();
        await expert.GetByRole(AriaRole.Link, new() { Name = "TA dashboard" }).ClickAsync();
        await Assertions.Expect(expert.GetByTestId("ta-figures")).ToContainTextAsync("Median first answer");
        await expert.ExpectAccessibleAsync("ta-dashboard");
        await expert.GoBackAsync();
        await expert.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await expert.GetByLabel("Your reply").FillAsync("Here is a model commitment letter; ask for wage floors and scheduling notice first.");
        await expert.GetByLabel("Hours spent").FillAsync("1.5");
        await expert.Locator("#Reply_File").SetInputFilesAsync(new FilePayload { Name = "Commitment letter.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() });
        await expert.GetByRole(AriaRole.Button, new() { Name = "Post the reply" }).ClickAsync();
        await Assertions.Expect(expert.GetByRole(AriaRole.Status).First).ToContainTextAsync("Reply posted");
        await Assertions.Expect(expert.GetByTestId("ta-status")).ToHaveTextAsync("In progress");
        await expert.GetByRole(AriaRole.Button, new() { Name = "Mark resolved" }).ClickAsync();
        await Assertions.Expect(expert.GetByTestId("ta-status")).ToHaveTextAsync("Resolved");
        await expert.ExpectAccessibleAsync("ta-thread");

        await member.ReloadAsync();
        await Assertions.Expect(member.GetByTestId("ta-thread")).ToContainTextAsync("Commitment letter.pdf");
        await member.GetByLabel("How helpful was it?").SelectOptionAsync("5");
        await member.GetByLabel("A word for the expert").FillAsync("Just what the hotels needed.");
        await member.ExpectAccessibleAsync("ta-thread-phone");
        await member.GetByRole(AriaRole.Button, new() { Name = "Confirm and close" }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("ta-status")).ToHaveTextAsync("Closed");
        await Assertions.Expect(member.GetByText("Rated 5 of 5")).ToBeVisibleAsync();
    }
}
