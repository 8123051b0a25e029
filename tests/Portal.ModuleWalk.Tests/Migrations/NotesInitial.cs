using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Notes.Models;

namespace Portal.Notes.Migrations;

[DbContext(typeof(NotesDb))]
[Migration("20261201000000_NotesInitial")]
public sealed class NotesInitial : Migration
{
    protected override void Up(MigrationBuilder b) =>
        b.CreateTable("Notes", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            Text = t.Column<string>(maxLength: 2000, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Notes", x => x.Id));
}
