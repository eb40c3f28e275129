using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCaseOrderer("Raaqj.IntegrationTests.Infrastructure.ShuffledOrder", "Raaqj.IntegrationTests")]

namespace Raaqj.IntegrationTests.Infrastructure;

// Runs each class's tests in a new order every run, so a test that leans on another's leftovers fails soon.
// RAAQJ_TEST_SEED replays an order; the seed used is in the diagnostic output.
public sealed class ShuffledOrder(IMessageSink diagnostics) : ITestCaseOrderer
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("RAAQJ_TEST_SEED"), out var seed) ? seed : Random.Shared.Next();

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase
    {
        var cases = testCases.OrderBy(c => c.UniqueID, StringComparer.Ordinal).ToArray();
        new Random(Seed).Shuffle(cases);
        diagnostics.OnMessage(new DiagnosticMessage($"Test order seed {Seed} (set RAAQJ_TEST_SEED={Seed} to replay)"));
        return cases;
    }
}
