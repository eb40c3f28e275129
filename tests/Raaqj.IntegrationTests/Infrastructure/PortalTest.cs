namespace Raaqj.IntegrationTests.Infrastructure;

// A test class on one running portal (TFactory, started once per class) whose every test starts
// from a fresh copy of the template database: tests run alone, in any order.
public abstract class PortalTest<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : PortalFactory
{
    public virtual Task InitializeAsync()
    {
        factory.Reset();
        return Task.CompletedTask;
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
