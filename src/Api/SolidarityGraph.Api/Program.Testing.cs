/// <summary>Entry point, public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
