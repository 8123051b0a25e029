using Microsoft.EntityFrameworkCore;

namespace Portal.Notes.Models;

public sealed class NotesDb(DbContextOptions<NotesDb> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var note = modelBuilder.Entity<Note>();
        note.ToTable("Notes");
        note.Property(n => n.Title).HasMaxLength(200);
        note.Property(n => n.Text).HasMaxLength(2000);
    }
}
