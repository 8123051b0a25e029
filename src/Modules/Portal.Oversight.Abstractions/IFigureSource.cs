namespace Portal.Oversight;

/// <summary>
/// A module's figures for the central office, counted from the module's own tables in the current tenant.
/// Counts and times only: never a title, subject, name, file name or any text of a document.
/// </summary>
public interface IFigureSource
{
    /// <summary>The feature the source belongs to; in a tenant without it the source is skipped.</summary>
    string FeatureId { get; }

    Task AddToAsync(FigureSheet sheet, CancellationToken cancellationToken);
}
