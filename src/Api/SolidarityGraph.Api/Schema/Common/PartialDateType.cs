using SolidarityGraph.Domain.Common;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Common;

/// <summary><c>PartialDate { value precision approximate }</c> (DOMAIN.md §4.1).</summary>
internal sealed class PartialDateType : ObjectType<PartialDate>
{
    protected override void Configure(IObjectTypeDescriptor<PartialDate> descriptor)
    {
        descriptor.Description("A date known to the year, month or day, e.g. `2025-11`.").BindFields(BindingBehavior.Explicit);
        descriptor.Field(d => d.Value).Description("ISO 8601 text at the known precision: `2024`, `2025-11` or `2019-11-27`.");
        descriptor.Field(d => d.Precision);
        descriptor.Field(d => d.Approximate).Description("True when the source gives the date loosely (e.g. \"part of 2021\").");
    }
}
