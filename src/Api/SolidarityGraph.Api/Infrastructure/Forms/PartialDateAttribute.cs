using System.ComponentModel.DataAnnotations;

namespace SolidarityGraph.Api.Infrastructure.Forms;

/// <summary>A partial date as the domain reads it: <c>2019</c>, <c>2019-05</c> or <c>2019-05-27</c>, <c>~</c> when approximate.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PartialDateAttribute() : RegularExpressionAttribute(@"^\d{4}(-\d{2}(-\d{2})?)?~?$")
{
    /// <inheritdoc />
    public override string FormatErrorMessage(string name) => $"{name}: use YYYY, YYYY-MM or YYYY-MM-DD (add ~ when approximate).";
}
