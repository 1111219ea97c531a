using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.Domain.Tests.Persistence;

namespace SolidarityGraph.Domain.Tests.Sources;

/// <summary>Which citations are steward-only, which quotes name a known person, and saves that refuse an unmarked one.</summary>
public sealed class CitationPrivacyTests(SqliteFileDatabase database) : IClassFixture<SqliteFileDatabase>
{
    private const string RefusalMessage =
        "The quote names a known person (an entrepreneur or public contact). Mark the citation as containing personal data (containsPersonalData: true): its quote is then shown to stewards only.";

    [Theory]
    [InlineData(NodeKind.Entrepreneur, "fullName", true)]
    [InlineData(NodeKind.Enrolment, "completed", true)]
    [InlineData(NodeKind.NetworkJoin, "joinedOn", true)]
    [InlineData(NodeKind.PublicContact, "email", true)]
    [InlineData(NodeKind.PublicContact, "Phone", true)]
    [InlineData(NodeKind.Source, "archivedText", true)]
    [InlineData(NodeKind.PublicContact, "fullName", false)]
    [InlineData(NodeKind.Project, "title", false)]
    [InlineData(NodeKind.Funding, "amount.value", false)]
    [InlineData(NodeKind.Project, "notAField", false)]
    public void CitationsOfPersonalRecordsOrProtectedFieldsAreStewardOnly(NodeKind kind, string field, bool stewardOnly)
    {
        var citation = Citation.Stated(new SubjectRef(kind, Ids.A), Ids.B, "a quote", field);

        Assert.Equal(stewardOnly, citation.IsStewardOnly);
        Assert.Equal(stewardOnly, CitationPrivacy.IsStewardOnly(new SubjectRef(kind, Ids.A), [field]));
    }

    [Fact]
    public void RevisingWhatACitationSupportsRecomputesWhetherItIsStewardOnly()
    {
        var citation = Citation.Stated(new SubjectRef(NodeKind.PublicContact, Ids.A), Ids.B, "Ms. Ana Pérez", "fullName");

        citation.Revise(["fullName", "email"], null, "bea", DateTime.UtcNow);
        Assert.True(citation.IsStewardOnly);

        citation.Revise(["fullName"], null, "bea", DateTime.UtcNow);
        Assert.False(citation.IsStewardOnly);
    }

    [Theory]
    [InlineData("Mr.Guillermo Rojo", "Guillermo Rojo")]
    [InlineData("signed: GUILLERMO ROJO, coordinator", "Guillermo Rojo")]
    [InlineData("Ms. Elisenda Vegue Gisbert", "Elisenda Vegué Gisbert")]
    [InlineData("ms. elisenda   vegué-gisbert", "Elisenda Vegué Gisbert")]
    [InlineData("«Ana Pérez» lives at 12 Calle Mayor", "ana perez")]
    public void QuotesNamingAPersonAreFoundWhateverTheCaseDiacriticsOrPunctuation(string quote, string name)
    {
        Assert.Equal(name, CitationPrivacy.FindNamedPerson(quote, ["Someone Else", null, name]));
    }

    [Theory]
    [InlineData("Guillermo Rojos signed", "Guillermo Rojo")] // a longer word is another name
    [InlineData("Rojo Guillermo signed", "Guillermo Rojo")] // the whole name, in order
    [InlineData("Ana was there", "Ana")] // names under four letters are too ambiguous to match
    [InlineData("The cooperative trained 40 women.", "Ana Pérez")]
    public void OtherQuotesNameNoOne(string quote, string name)
    {
        Assert.Null(CitationPrivacy.FindNamedPerson(quote, [name]));
    }

    [Fact]
    public void AMarkedCitationMayNameAPerson()
    {
        var unmarked = Citation.Stated(new SubjectRef(NodeKind.Project, Ids.A), Ids.B, "Ana Pérez lives at 12 Calle Mayor", "title");
        DomainAssert.Throws(CitationPrivacy.QuoteNamesPerson, RefusalMessage, () => CitationPrivacy.RefuseUnmarkedPersonName(unmarked, ["Ana Pérez"]));

        CitationPrivacy.RefuseUnmarkedPersonName(unmarked.MarkPersonalData(true), ["Ana Pérez"]);
        Assert.True(unmarked.ContainsPersonalData);
    }

    [Fact]
    public async Task SavingAnUnmarkedQuoteThatNamesAKnownPersonIsRefusedAndStoresNothing()
    {
        var (projectId, sourceId) = await ProjectAndSourceAsync();
        await using (var db = database.CreateContext())
        {
            db.Entrepreneurs.Add(new Entrepreneur("E-17", Consent()).Describe(fullName: "Marisol Quintana"));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            db.Citations.Add(Citation.Stated(new SubjectRef(NodeKind.Project, projectId), sourceId, "MARISOL QUINTANA runs the bakery", "title"));
            var refused = await Assert.ThrowsAsync<DomainException>(() => db.SaveChangesAsync());
            Assert.Equal(CitationPrivacy.QuoteNamesPerson, refused.Code);
            Assert.Equal(RefusalMessage, refused.Message);
        }

        await using (var db = database.CreateContext())
        {
            db.ReadsStewardOnlyData = true;
            Assert.False(await db.Citations.AnyAsync(c => c.Subject.Id == projectId));
            Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Citation) && a.Before == null && a.After!.Contains("MARISOL")));

            db.Citations.Add(Citation.Stated(new SubjectRef(NodeKind.Project, projectId), sourceId, "MARISOL QUINTANA runs the bakery", "title").MarkPersonalData(true));
            await db.SaveChangesAsync();
            Assert.True(await db.Citations.AnyAsync(c => c.Subject.Id == projectId && c.ContainsPersonalData));
        }
    }

    [Fact]
    public void SavingNamesKnownFromPeopleSavedInTheSameChange()
    {
        using var db = database.CreateContext();
        var contact = new PublicContact("Teodora Villanueva", "Ms.");
        db.PublicContacts.Add(contact);
        db.Citations.Add(Citation.Stated(contact.AsSubject(), Ids.C, "Ms. Teodora Villanueva", "fullName"));

        var refused = Assert.Throws<DomainException>(() => db.SaveChanges());

        Assert.Equal(CitationPrivacy.QuoteNamesPerson, refused.Code);
    }

    [Fact]
    public async Task UnmarkingAQuoteThatNamesAPersonIsRefused()
    {
        var (projectId, sourceId) = await ProjectAndSourceAsync();
        string citationId;
        await using (var db = database.CreateContext())
        {
            db.PublicContacts.Add(new PublicContact("Octavio Llanos"));
            var citation = Citation.Stated(new SubjectRef(NodeKind.Project, projectId), sourceId, "Octavio Llanos, Calle 9", "title").MarkPersonalData(true);
            db.Citations.Add(citation);
            await db.SaveChangesAsync();
            citationId = citation.Id;
        }

        await using (var db = database.CreateContext())
        {
            var citation = await db.Citations.SingleAsync(c => c.Id == citationId);
            citation.MarkPersonalData(false);
            var refused = await Assert.ThrowsAsync<DomainException>(() => db.SaveChangesAsync());
            Assert.Equal(CitationPrivacy.QuoteNamesPerson, refused.Code);
        }
    }

    [Fact]
    public async Task StewardOnlyCitationsAreHiddenFromQueriesUnlessTheContextReadsStewardOnlyData()
    {
        var (projectId, sourceId) = await ProjectAndSourceAsync();
        var entrepreneur = new Entrepreneur("E-18", Consent());
        await using (var db = database.CreateContext())
        {
            db.Entrepreneurs.Add(entrepreneur);
            db.Citations.AddRange(
                Citation.Stated(entrepreneur.AsSubject(), sourceId, "joined in 2023", "consent"),
                Citation.Stated(new SubjectRef(NodeKind.Project, projectId), sourceId, "trained 40 women", "title"));
            await db.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var subjects = new[] { entrepreneur.Id, projectId };
        Assert.Equal(1, await reader.Citations.CountAsync(c => subjects.Contains(c.Subject.Id)));
        Assert.Equal(2, await reader.Citations.IgnoreQueryFilters().CountAsync(c => subjects.Contains(c.Subject.Id)));

        reader.ReadsStewardOnlyData = true;
        Assert.Equal(2, await reader.Citations.CountAsync(c => subjects.Contains(c.Subject.Id)));
    }

    [Fact]
    public async Task DeletingASubjectDeletesItsStewardOnlyCitationsToo()
    {
        var (_, sourceId) = await ProjectAndSourceAsync();
        var contact = new PublicContact("Delia Ferreyra");
        await using (var db = database.CreateContext())
        {
            db.PublicContacts.Add(contact);
            db.Citations.Add(Citation.Stated(contact.AsSubject(), sourceId, "write to the coordinator", "email"));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            await Domain.Persistence.DeletionGuard.DeleteAsync(db, await db.PublicContacts.SingleAsync(c => c.Id == contact.Id));
            await db.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        Assert.False(await reader.Citations.IgnoreQueryFilters().AnyAsync(c => c.Subject.Id == contact.Id));
    }

    private static Consent Consent() => new(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), ["programme records"]);

    private async Task<(string ProjectId, string SourceId)> ProjectAndSourceAsync()
    {
        await using var db = database.CreateContext();
        var project = new Project("Bakery network", ProjectKind.DevelopmentProject);
        var source = new Source("Field report", "en", new string('a', 64), DateTime.UtcNow);
        db.AddRange(project, source);
        await db.SaveChangesAsync();
        return (project.Id, source.Id);
    }
}
