using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Raaqj.Web.Data;

namespace Raaqj.IntegrationTests.Data;

// Guards for the provider we cannot run here (SQL Server) and for the one model both providers share.
public sealed class SchemaTests
{
    private static AppDbContext Sqlite() => new SqliteDesignTimeFactory().CreateDbContext([]);

    private static AppDbContext SqlServer() => new SqlServerDesignTimeFactory().CreateDbContext([]);

    public static TheoryData<string> Providers => new() { "Sqlite", "SqlServer" };

    private static AppDbContext For(string provider) => provider == "Sqlite" ? Sqlite() : SqlServer();

    [Theory, MemberData(nameof(Providers))]
    public void Provider_has_no_model_changes_missing_from_its_migrations(string provider)
    {
        using var db = For(provider);
        Assert.False(db.Database.HasPendingModelChanges(), $"Add a {provider} migration: the model has changed.");
    }

    [Fact]
    public void SqlServer_migration_script_parses_as_TSql_without_errors()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [RequestsForAction]", script);

        new TSql170Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    [Fact]
    public void No_table_is_reachable_by_two_cascade_delete_paths()
    {
        using var db = SqlServer();
        var entityTypes = db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null).ToList();
        var cascades = entityTypes.SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade)
            .Select(fk => (From: fk.PrincipalEntityType.GetTableName()!, To: fk.DeclaringEntityType.GetTableName()!))
            .ToList();

        foreach (var start in entityTypes.Select(t => t.GetTableName()!).Distinct())
        {
            var pathsTo = new Dictionary<string, int>();
            void Walk(string table, int depth)
            {
                Assert.True(depth < 20, $"Cascade cycle through {table}");
                foreach (var (_, to) in cascades.Where(c => c.From == table))
                {
                    pathsTo[to] = pathsTo.GetValueOrDefault(to) + 1;
                    Walk(to, depth + 1);
                }
            }
            Walk(start, 0);
            var multiple = pathsTo.Where(kv => kv.Value > 1).Select(kv => kv.Key).ToList();
            Assert.True(multiple.Count == 0, $"Deleting from {start} cascades to {string.Join(", ", multiple)} by more than one path");
        }
    }

    [Fact]
    public void Every_string_has_an_explicit_length_and_every_decimal_an_explicit_precision()
    {
        using var db = SqlServer();
        var properties = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p))).ToList();

        var unbounded = properties.Where(x => x.Property.ClrType == typeof(string) && x.Property.GetMaxLength() is null)
            .Select(x => $"{x.Type.ShortName()}.{x.Property.Name}").ToList();
        var imprecise = properties.Where(x => (Nullable.GetUnderlyingType(x.Property.ClrType) ?? x.Property.ClrType) == typeof(decimal)
                && (x.Property.GetPrecision() is null || x.Property.GetScale() is null))
            .Select(x => $"{x.Type.ShortName()}.{x.Property.Name}").ToList();

        Assert.True(unbounded.Count == 0, "Strings without a length: " + string.Join(", ", unbounded));
        Assert.True(imprecise.Count == 0, "Decimals without precision: " + string.Join(", ", imprecise));
        Assert.Contains(properties, x => x.Property.ClrType == typeof(string));
    }
}
