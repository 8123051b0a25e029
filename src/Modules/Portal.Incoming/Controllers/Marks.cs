using Portal.Access;
using Portal.Incoming.Models;

namespace Portal.Incoming.Controllers;

/// <summary>A document's marks wherever it appears: the classification as a red box, the urgency as its own mark.</summary>
public sealed record Marks(SecrecyLevel Level, Urgency Urgency);
