using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SolidarityGraph.Client.Generator.Diagnostics;

/// <summary>Turns <see cref="DiagnosticInfo"/> into the compiler's diagnostics.</summary>
internal static class DiagnosticReporting
{
    public static Diagnostic ToDiagnostic(this DiagnosticInfo info)
    {
        var position = new LinePosition(Math.Max(info.Line - 1, 0), Math.Max(info.Column - 1, 0));
        var span = new LinePositionSpan(position, new LinePosition(position.Line, position.Character + info.Length));
        var location = Location.Create(info.Path, new TextSpan(info.Start, info.Length), span);
        return Diagnostic.Create(Descriptors.ById(info.Id), location, info.Message);
    }
}
