using Portal.Registers.Models;

namespace Portal.Registers.Merge;

/// <summary>A register as a merge carries it: the book and its yearly counters.</summary>
internal sealed record MovedBook(RegistrationBook Book, IReadOnlyList<RegisterCounter> Counters);
