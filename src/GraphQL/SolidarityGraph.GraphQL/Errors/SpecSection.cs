namespace SolidarityGraph.GraphQL.Errors;

/// <summary>
/// A section of the pinned spec edition (<see cref="SpecLinks.Edition"/>) that a validation rule implements: its number
/// as that edition prints it and its link. Errors of the rule report both, as <c>extensions.specSection</c> and
/// <c>extensions.specifiedBy</c>.
/// </summary>
public sealed class SpecSection
{
    /// <summary>Creates a section of the pinned edition.</summary>
    /// <param name="number">The section number, for example <c>5.2.2.1</c>.</param>
    /// <param name="anchor">The section's anchor in the edition, for example <c>sec-Operation-Name-Uniqueness</c>.</param>
    public SpecSection(string number, string anchor)
    {
        Number = number ?? throw new ArgumentNullException(nameof(number));
        Link = SpecLinks.Edition + "#" + (anchor ?? throw new ArgumentNullException(nameof(anchor)));
    }

    /// <summary>
    /// The section number, for example <c>5.2.2.1</c>. Numbers move between editions (the same rule was §5.2.1.1 in
    /// October 2021), so a number means something only together with <see cref="Link"/>, which names the edition.
    /// </summary>
    public string Number { get; }

    /// <summary>The absolute link to the section in the pinned edition.</summary>
    public string Link { get; }

    /// <inheritdoc/>
    public override string ToString() => "§" + Number + " " + Link;
}
