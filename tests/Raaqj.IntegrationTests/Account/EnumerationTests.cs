using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.IntegrationTests.Account;

// The portal with a password hasher that counts its work: the cost that makes up a login's time.
public sealed class CountingHasherFactory : PortalFactory
{
    private int hashes;

    public int Hashes => Volatile.Read(ref hashes);

    public void ResetHashes() => Interlocked.Exchange(ref hashes, 0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IPasswordHasher<AppUser>>();
            services.AddSingleton<IPasswordHasher<AppUser>>(new CountingHasher(this));
        });
    }

    private sealed class CountingHasher(CountingHasherFactory factory) : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> inner = new();

        public string HashPassword(AppUser user, string password)
        {
            Interlocked.Increment(ref factory.hashes);
            return inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref factory.hashes);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

public sealed class EnumerationTests(CountingHasherFactory factory) : PortalTest<CountingHasherFactory>(factory)
{
    private const string Password = "a long enough passphrase";
    private const string Generic = "That email and password do not match an account.";

    private async Task CreateAsync(string email, Action<AppUser> state) =>
        await factory.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, DisplayName = "Someone", EmailConfirmed = true };
            state(user);
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            return user;
        });

    private async Task<(string Message, int Hashes)> LogInAsync(string email, string password)
    {
        var client = factory.NewClient();
        await client.GetAsync("/account/login");
        factory.ResetHashes();
        var response = await client.PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", password));
        var hashes = factory.Hashes;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.ReadPageAsync()).QuerySelector(".validation-summary-errors, [role=alert]")?.TextContent.Trim() ?? "", hashes);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("active")]
    [InlineData("disabled")]
    [InlineData("unconfirmed")]
    [InlineData("locked")]
    public async Task A_wrong_password_gets_the_same_answer_for_the_same_cost_whatever_the_account(string kind)
    {
        var email = $"{kind}.enumeration@example.org";
        if (kind != "unknown")
            await CreateAsync(email, user =>
            {
                user.IsDisabled = kind == "disabled";
                user.EmailConfirmed = kind != "unconfirmed";
                user.LockoutEnabled = true;
                user.LockoutEnd = kind is "disabled" or "locked" ? DateTimeOffset.MaxValue : null;
            });

        var (message, hashes) = await LogInAsync(email, "not the right password");

        Assert.Contains(Generic, message);
        Assert.Equal(1, hashes);
    }

    [Theory]
    [InlineData("disabled", "has been disabled")]
    [InlineData("unconfirmed", "confirm your email")]
    [InlineData("locked", "locked for 15 minutes")]
    public async Task Only_someone_who_knows_the_password_learns_why_they_cannot_sign_in(string kind, string reason)
    {
        var email = $"{kind}.knows@example.org";
        await CreateAsync(email, user =>
        {
            user.IsDisabled = kind == "disabled";
            user.EmailConfirmed = kind != "unconfirmed";
            user.LockoutEnabled = true;
            user.LockoutEnd = kind is "disabled" or "locked" ? DateTimeOffset.MaxValue : null;
        });

        var (message, _) = await LogInAsync(email, Password);

        Assert.Contains(reason, message);
    }

    [Theory]
    [InlineData("password1234", false)]
    [InlineData("a long enough passphrase", true)]
    public async Task Registering_an_address_that_has_an_account_answers_as_a_new_address_would(string password, bool accepted)
    {
        async Task<(HttpStatusCode Status, string? Error, int Hashes)> Register(string email)
        {
            var client = factory.NewClient();
            await client.GetAsync("/account/register");
            factory.ResetHashes();
            var response = await client.PostFormAsync("/account/register", "/account/register",
                ("DisplayName", "Someone"), ("Email", email), ("Password", password), ("ConfirmPassword", password));
            var hashes = factory.Hashes;
            var error = response.StatusCode == HttpStatusCode.OK ? (await response.ReadPageAsync()).FieldError("Password") : null;
            return (response.StatusCode, error, hashes);
        }

        var existing = await Register(Accounts.Reviewer);
        var fresh = await Register($"fresh{password.Length}@example.org");

        Assert.Equal(fresh.Status, existing.Status);
        Assert.Equal(fresh.Error, existing.Error);
        Assert.Equal(accepted ? HttpStatusCode.Redirect : HttpStatusCode.OK, existing.Status);
        Assert.Equal(fresh.Hashes, existing.Hashes);
    }
}
