using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Projects;

/// <summary>IATI ResultType; the numeric values are the IATI codes.</summary>
public enum ResultType
{
    /// <remarks>What the project delivers, e.g. trainings held.</remarks>
    Output = 1,

    /// <remarks>The change the outputs bring about.</remarks>
    Outcome = 2,

    /// <remarks>The long-term change the project contributes to.</remarks>
    Impact = 3,

    /// <remarks>None of output, outcome or impact.</remarks>
    Other = 9,
}

/// <summary>A project result, mirroring IATI <c>result</c> (DOMAIN.md §4.3).</summary>
public sealed class Result : EntityBase
{
    private Result()
    {
        ProjectId = Title = string.Empty;
    }

    /// <summary>Creates a result.</summary>
    public Result(string projectId, string title, ResultType type = ResultType.Output, string? component = null)
    {
        ProjectId = Guard.RequiredId(projectId, "Result project id");
        Title = Guard.Required(title, "Result title");
        Type = type;
        Component = Guard.Optional(component);
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Result;

    /// <remarks>Required and fixed at creation.</remarks>
    public string ProjectId { get; private set; }

    /// <summary>Output, outcome, impact or other.</summary>
    public ResultType Type { get; private set; }

    /// <remarks>Required, as the source states the result.</remarks>
    public string Title { get; private set; }

    /// <summary>The project component this result belongs to, as written in <c>Project.Components</c>.</summary>
    public string? Component { get; private set; }

    /// <summary>A qualitative description, for results without numbers (e.g. «Rica Masita» formed).</summary>
    public string? Description { get; private set; }

    /// <summary>Sets the qualitative description.</summary>
    public Result Describe(string? description)
    {
        Description = Guard.Optional(description);
        return this;
    }
}
