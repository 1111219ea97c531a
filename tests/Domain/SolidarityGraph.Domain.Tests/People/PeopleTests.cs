using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.People;

namespace SolidarityGraph.Domain.Tests.People;

public sealed class PeopleTests
{
    private static readonly DateTime Given = new(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ErasureRequestDropsContactDetails()
    {
        var contact = new PublicContact("Elisenda Vegué Gisbert", "Ms.").SetContactDetails("e@example.org", "+34 000");

        contact.RequestErasure(Given);

        Assert.Null(contact.Email);
        Assert.Null(contact.Phone);
        Assert.Equal(Given, contact.ErasureRequestedAt);
    }

    [Fact]
    public void ContactNameIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Contact full name is required.", () => new PublicContact(" "));

    [Fact]
    public void EntrepreneurNeedsConsent() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Entrepreneur consent is required.", () => new Entrepreneur("E-001", null!));

    [Fact]
    public void EntrepreneurNeedsAPseudonymousId() =>
        DomainAssert.Throws(
            DomainErrorCodes.Required, "Entrepreneur pseudonymous id is required.", () => new Entrepreneur("", new Consent(Given, ["monitoring"])));

    [Fact]
    public void ConsentNeedsAScope() =>
        DomainAssert.Throws(DomainErrorCodes.ConsentInvalid, "Consent must name at least one use in its scope.", () => new Consent(Given, []));

    [Fact]
    public void ConsentCannotBeWithdrawnBeforeItWasGiven() =>
        DomainAssert.Throws(
            DomainErrorCodes.ConsentInvalid,
            "Consent cannot be withdrawn (2024-02-01T00:00:00.0000000Z) before it was given (2024-03-01T00:00:00.0000000Z).",
            () => new Consent(Given, ["monitoring"]).Withdraw(new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void WithdrawingConsentIsRecorded()
    {
        var entrepreneur = new Entrepreneur("E-001", new Consent(Given, ["monitoring"]));

        entrepreneur.WithdrawConsent(Given.AddDays(1));

        Assert.False(entrepreneur.Consent.IsActive);
    }

    [Fact]
    public void BirthYearMustBePlausible() =>
        DomainAssert.Throws(
            DomainErrorCodes.OutOfRange,
            $"Birth year must be between 1900 and {DateTime.UtcNow.Year}, got 1850.",
            () => new Entrepreneur("E-001", new Consent(Given, ["monitoring"])).Describe(birthYear: 1850));

    [Fact]
    public void EnrolmentCanBeCompleted()
    {
        var enrolment = new Enrolment(Ids.A, Ids.B).Complete("CERT-1");

        Assert.True(enrolment.Completed);
        Assert.Equal("CERT-1", enrolment.Certificate);
    }
}
