using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;

namespace SolidarityGraph.Domain.People;

/// <summary>An entrepreneur's enrolment in a training: steward-only evidence behind an indicator (DOMAIN.md §4.5).</summary>
[Privacy(PrivacyClass.S)]
public sealed class Enrolment : EntityBase
{
    private Enrolment()
    {
        EntrepreneurId = TrainingId = string.Empty;
    }

    /// <summary>Enrols an entrepreneur in a training.</summary>
    public Enrolment(string entrepreneurId, string trainingId, PartialDate? enrolledOn = null)
    {
        EntrepreneurId = Guard.RequiredId(entrepreneurId, "Entrepreneur id");
        TrainingId = Guard.RequiredId(trainingId, "Training id");
        EnrolledOn = enrolledOn;
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Enrolment;

    /// <summary>The enrolled person.</summary>
    public string EntrepreneurId { get; private set; }

    /// <summary>The training programme.</summary>
    public string TrainingId { get; private set; }

    /// <summary>When the person enrolled.</summary>
    public PartialDate? EnrolledOn { get; private set; }

    /// <summary>True once the person completed the training.</summary>
    public bool Completed { get; private set; }

    /// <summary>Certificate reference, if one was issued.</summary>
    public string? Certificate { get; private set; }

    /// <summary>Marks the training as completed.</summary>
    public Enrolment Complete(string? certificate = null)
    {
        Completed = true;
        Certificate = Guard.Optional(certificate);
        return this;
    }
}
