using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Data;

namespace Raaqj.IntegrationTests.Operations;

// The request's cancellation reaches the queries of any handler (AbortedRequests), and never a write.
public sealed class AbortedRequestTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private Task<T> DuringRequest<T>(bool aborted, Func<AppDbContext, Task<T>> work) => factory.WithScopeAsync(async services =>
    {
        using var abort = new CancellationTokenSource();
        if (aborted)
            await abort.CancelAsync();
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestAborted = abort.Token };
        return await work(services.GetRequiredService<AppDbContext>());
    });

    [Fact]
    public async Task A_read_for_a_request_that_was_abandoned_does_not_run()
    {
        factory.SqlCommands.Reset();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DuringRequest(aborted: true, db => db.Proposals.ToListAsync()));

        Assert.Equal(0, factory.SqlCommands.Count);
        Assert.NotNull(await DuringRequest(aborted: false, db => db.Proposals.ToListAsync()));
    }

    [Fact]
    public async Task A_write_for_a_request_that_was_abandoned_still_finishes()
    {
        var written = await DuringRequest(aborted: true, async db =>
        {
            db.SystemSettings.Add(new Raaqj.Web.Domain.Operations.SystemSetting { Name = "abandoned-write", Value = "kept" });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(1, written);
        Assert.Equal("kept", factory.Query(db => db.SystemSettings.Single(s => s.Name == "abandoned-write").Value));
    }
}
