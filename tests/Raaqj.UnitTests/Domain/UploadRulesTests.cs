using System.IO.Compression;
using Raaqj.Web.Domain.Documents;

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

        var (type, problem) = UploadRules.Check(name, bytes, 0, "proposal");

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
    [InlineData("letter.pdf", 100, 50L * 1024 * 1024 - 99, "50 MB per proposal")]
    [InlineData("letter.pdf", 10L * 1024 * 1024 + 1, 0, "larger than 10 MB")]
    [InlineData("letter.pdf", 2L * 1024 * 1024, 49L * 1024 * 1024, "50 MB")]
    public void Abuse_is_refused_with_a_reason(string name, long length, long soFar, string reason)
    {
        var content = new byte[length];
        Pdf.AsSpan(0, (int)Math.Min(length, Pdf.Length)).CopyTo(content);

        var (type, problem) = UploadRules.Check(name, content, soFar, "proposal");

        Assert.Null(type);
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Content_that_does_not_match_the_extension_is_refused()
    {
        var (_, problem) = UploadRules.Check("photo.png", Pdf, 0, "proposal");

        Assert.Contains("not a real PNG", problem);
    }

    [Theory]
    [InlineData("letter.docx", "word/document.xml", true)]
    [InlineData("letter.docx", "xl/workbook.xml", false)]
    [InlineData("table.xlsx", "xl/workbook.xml", true)]
    [InlineData("table.xlsx", "notes.txt", false)]
    public void An_office_file_must_hold_the_part_its_kind_has(string name, string part, bool accepted)
    {
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry(part).Open()))
            writer.Write("<x/>");

        var (type, problem) = UploadRules.Check(name, archive.ToArray(), 0, "proposal");

        Assert.Equal(accepted, type is not null);
        Assert.Equal(accepted, problem is null);
    }
}
