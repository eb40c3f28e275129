using System.Net;
using Microsoft.AspNetCore.Hosting;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.IntegrationTests.Proposals;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.IntegrationTests.Operations;

public sealed class FileStoreTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_recorded_file_missing_from_this_instance_s_store_answers_404_with_a_reason_not_500()
    {
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        var id = await ProposalFiller.StartAsync(owner);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadTests.UploadAsync(owner, id, "letter.pdf", UploadTests.Pdf)).StatusCode);
        var attachment = factory.Query(db => db.ProposalAttachments.Single(a => a.ProposalId == id && a.FileName == "letter.pdf"));
        // As if another instance, with a folder of its own, had stored it.
        File.Delete(Path.Combine(factory.FilesFolder, attachment.StoredName));

        var download = await owner.GetAsync($"/documents/{attachment.Id}");

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Contains("share one file store", (await download.ReadPageAsync()).Text());
        Assert.Equal(StoredFileResult.MissingExplanation, (await download.ReadPageAsync()).QuerySelector("p.lead")!.TextContent.Trim());
    }

    [Fact]
    public async Task Readiness_says_when_two_instances_on_one_database_do_not_share_their_file_store()
    {
        var second = new SecondInstance(factory.DatabaseFile, shareFiles: false);
        var third = new SecondInstance(factory.DatabaseFile, shareFiles: true, factory.FilesFolder);
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await factory.NewClient().GetAsync("/health/ready")).StatusCode);

            var apart = await second.NewClient().GetAsync("/health/ready");
            var shared = await third.NewClient().GetAsync("/health/ready");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, apart.StatusCode);
            Assert.Contains("shared file store: Unhealthy", await apart.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)third).DisposeAsync();
        }
    }

    // Another instance on the same database, with its own file folder or the first one's.
    private sealed class SecondInstance(string databaseFile, bool shareFiles, string? filesFolder = null) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Raaqj", $"Data Source={databaseFile}");
            if (shareFiles)
                builder.UseSetting("Files:Root", filesFolder);
        }
    }
}
