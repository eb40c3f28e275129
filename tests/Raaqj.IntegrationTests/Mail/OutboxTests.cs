using System.Net;
using Microsoft.EntityFrameworkCore;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Mail;
using Raaqj.Web.Infrastructure.Mail;

namespace Raaqj.IntegrationTests.Mail;

public sealed class OutboxTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private sealed class BrokenMailServer : IMailer
    {
        public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default) =>
            throw new IOException("Connection refused by the mail server");
    }

    private OutboxStatus StatusOfLatestTo(string address) =>
        factory.Query(db => db.OutboxMessages.Where(m => m.To == address).OrderBy(m => m.Id).Last().Status);

    [Fact]
    public async Task Mail_is_saved_in_the_outbox_with_its_change_and_sent_after_the_commit()
    {
        var email = "outbox.newcomer@example.org";
        await factory.NewClient().PostFormAsync("/account/register", "/account/register",
            ("DisplayName", "New Comer"), ("Email", email), ("Password", "a long enough passphrase"), ("ConfirmPassword", "a long enough passphrase"));

        Assert.Equal(OutboxStatus.Queued, StatusOfLatestTo(email));
        Assert.Single(factory.To(email));
        Assert.Equal(OutboxStatus.Sent, StatusOfLatestTo(email));
    }

    [Fact]
    public async Task Two_instances_on_one_database_send_each_message_exactly_once()
    {
        const int count = 40;
        await factory.WithScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<Outbox>();
            for (var i = 0; i < count; i++)
                outbox.Enqueue(new OutgoingMail($"twice{i}@example.org", "Once only", "Hello"));
            return await services.GetRequiredService<Raaqj.Web.Data.AppDbContext>().SaveChangesAsync();
        });
        // Two dispatchers, each with its own lease owner, as two instances of the portal would have.
        var first = ActivatorUtilities.CreateInstance<OutboxDispatcher>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher>(factory.Services);

        var sent = await Task.WhenAll(Task.Run(() => first.DeliverDueAsync()), Task.Run(() => second.DeliverDueAsync()));

        Assert.Equal(count, sent.Sum());
        for (var i = 0; i < count; i++)
            Assert.Single(factory.To($"twice{i}@example.org"));
    }

    [Fact]
    public async Task A_mail_server_that_fails_is_retried_with_backoff_then_shown_to_admins_as_failed()
    {
        var email = "unlucky@example.org";
        await factory.WithScopeAsync(async services =>
        {
            services.GetRequiredService<Outbox>().Enqueue(new OutgoingMail(email, "Retry me", "Hello"));
            return await services.GetRequiredService<Raaqj.Web.Data.AppDbContext>().SaveChangesAsync();
        });
        var broken = ActivatorUtilities.CreateInstance<OutboxDispatcher>(factory.Services, new BrokenMailServer());

        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++)
        {
            await broken.DeliverDueAsync();
            // Not tried again before its backoff has passed.
            Assert.Equal(0, await broken.DeliverDueAsync());
            factory.Clock.Advance(OutboxMessage.Backoff(attempt));
        }

        var message = factory.Query(db => db.OutboxMessages.AsNoTracking().Single(m => m.To == email));
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(OutboxMessage.MaxAttempts, message.Attempts);
        Assert.Contains("Connection refused", message.LastError);

        var admin = await factory.SignedInAsync(Accounts.Admin);
        var failed = await admin.GetPageAsync("/admin/mail?status=Failed");
        Assert.Contains("Retry me", failed.Text());
        var page = $"/admin/mail/{message.Id}";
        Assert.Contains("Connection refused", (await admin.GetPageAsync(page)).Text());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, page + "/retry")).StatusCode);
        Assert.Single(factory.To(email));
        Assert.Equal(OutboxStatus.Sent, StatusOfLatestTo(email));
    }

    [Theory]
    [InlineData("<x>@example.org")]
    [InlineData("two@example.org, three@example.org")]
    [InlineData("Someone <someone@example.org>")]
    [InlineData("nobody@localhost")]
    public async Task An_invitation_to_an_address_mail_cannot_reach_is_refused_and_nothing_is_saved(string address)
    {
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        var invitations = factory.Query(db => db.OrganizationInvitations.Count());
        var queued = factory.Query(db => db.OutboxMessages.Count());

        var response = await owner.PostFormAsync("/organization/team", "/organization/team/invite", ("Invite.Email", address), ("Invite.Role", "Editor"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EmailAddress.Message, (await response.ReadPageAsync()).FieldError("Invite_Email"));
        Assert.Equal(invitations, factory.Query(db => db.OrganizationInvitations.Count()));
        Assert.Equal(queued, factory.Query(db => db.OutboxMessages.Count()));
    }
}

// The portal with its background worker on, as in production.
public sealed class WorkerFactory : PortalFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:RunOutboxWorker", "true");
    }
}

public sealed class OutboxWorkerTests(WorkerFactory factory) : PortalTest<WorkerFactory>(factory)
{
    [Fact]
    public async Task The_background_worker_sends_new_mail_without_being_asked()
    {
        await factory.NewClient().PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", Accounts.Reviewer));

        var sent = false;
        for (var wait = 0; wait < 100 && !sent; wait++)
        {
            sent = factory.Query(db => db.OutboxMessages.Any(m => m.To == Accounts.Reviewer && m.Status == OutboxStatus.Sent));
            if (!sent)
                await Task.Delay(100);
        }
        Assert.True(sent, "the worker did not send the reset mail within 10 seconds");
    }
}
