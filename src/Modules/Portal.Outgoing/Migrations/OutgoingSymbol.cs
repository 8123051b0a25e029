using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Migrations;

/// <summary>
/// The symbol (ký hiệu) the clerk sets at the format check, printed on the signed page beside the blank
/// number; and the clerk the leader passed the document to, so the clerk's list finds it.
/// </summary>
[DbContext(typeof(OutgoingDb))]
[Migration("20261222000000_OutgoingSymbol")]
public sealed class OutgoingSymbol : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("Symbol", "OutgoingDocuments", maxLength: 40, nullable: false, defaultValue: "");
        b.AddColumn<string>("ClerkId", "OutgoingDocuments", maxLength: 100, nullable: false, defaultValue: "");
    }
}
