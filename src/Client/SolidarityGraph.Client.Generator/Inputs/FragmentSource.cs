namespace SolidarityGraph.Client.Generator.Inputs;

/// <summary>A named fragment printed from the document that defines it, so other documents can spread it.</summary>
internal sealed record FragmentSource(string Name, string Path, string Text);
