using Raaqj.Web.Domain.Proposals;

namespace Raaqj.UnitTests.Domain;

public sealed class UploadRulesTests
{
    private static readonly byte[] Pdf = "%PDF-1.7"u8.ToArray();

    [Theory]
    [InlineData("letter.pdf")]
    [InlineData("Letter v1.2.PDF")]
    [InlineData("map.jpeg")]
    public void Allowed_files_pass(string name)
    {
        var bytes = name.EndsWith("jpeg") ? new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 } : Pdf;

        var (type, problem) = UploadRules.Check(name, 100, bytes, 0);

        Assert.Null(problem);
        Assert.NotNull(type);
    }

    [Theory]
    [InlineData("..\\secret.pdf", 100, 0, "folders")]
    [InlineData("report.exe.pdf", 100, 0, "two extensions")]
    [InlineData("x.exe .pdf", 100, 0, "two extensions")]
    [InlineData("x.exe. .pdf", 100, 0, "two extensions")]
    [InlineData("report .pdf", 100, 0, "two extensions")]
    [InlineData("report\u00A0.pdf", 100, 0, "two extensions")]
    [InlineData("archive.zip", 100, 0, "Only PDF")]
    [InlineData("noextension", 100, 0, "Only PDF")]
    [InlineData("letter.pdf", 0, 0, "empty")]
    [InlineData("letter.pdf", 10L * 1024 * 1024 + 1, 0, "larger than 10 MB")]
    [InlineData("letter.pdf", 2L * 1024 * 1024, 49L * 1024 * 1024, "50 MB")]
    public void Abuse_is_refused_with_a_reason(string name, long length, long soFar, string reason)
    {
        var (type, problem) = UploadRules.Check(name, length, Pdf, soFar);

        Assert.Null(type);
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Content_that_does_not_match_the_extension_is_refused()
    {
        var (_, problem) = UploadRules.Check("photo.png", 100, Pdf, 0);

        Assert.Contains("not a real PNG", problem);
    }
}
