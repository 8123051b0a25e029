using System.Globalization;
using Portal.Access;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Outgoing.Models;
using Portal.Secrets;
using Portal.Templates;

namespace Portal.Outgoing.Services;

/// <summary>The drafter's part: a draft from a type, and revisions while it is a draft; every save is a new version.</summary>
public sealed class OutgoingDrafting(OutgoingDb db, ITenantUnitOfWork unitOfWork, IAccessList accessList, OutgoingJournal journal)
{
    public static readonly string[] Urgencies = ["", "Khẩn", "Thượng khẩn", "Hỏa tốc"];

    public async Task<int> CreateAsync(Person drafter, DraftInput input, CancellationToken cancellationToken)
    {
        var (type, level, stated) = Validate(drafter, input);
        var document = new OutgoingDocument
        {
            TypeCode = type.Code, Subject = input.Subject!.Trim(), Level = level, Urgency = input.Urgency ?? "",
            Recipients = string.Join('\n', Lines(input.Recipients)), CopyCount = input.CopyCount, CopyingAllowed = input.CopyingAllowed,
            ProtectionYears = stated, Status = OutgoingStatus.Draft, Version = 1, DrafterId = drafter.UserId, CreatedUtc = StoredTime.UtcNow,
        };
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Documents.Add(document);
            await db.SaveChangesAsync(cancellationToken);
            AddVersion(document, input.Body!, drafter);
            await accessList.AddAsync(new AccessEntrySpec(Resource(document.Id), drafter.UserId, AccessPosition.LeadHandler), cancellationToken);
            await journal.RecordAsync(document, drafter, OutgoingAuditActions.Created, OutgoingStatus.Draft, new StepNote(""), cancellationToken);
        }, cancellationToken);
        return document.Id;
    }

    public async Task ReviseAsync(Person drafter, OutgoingDocument document, DraftInput input, CancellationToken cancellationToken)
    {
        if (document.Status != OutgoingStatus.Draft || document.DrafterId != drafter.UserId)
            throw new OutgoingForbiddenException("Chỉ người soạn thảo sửa được dự thảo, và chỉ khi văn bản đang là dự thảo.");
        var (_, level, stated) = Validate(drafter, input with { Type = document.TypeCode });
        await unitOfWork.InTransactionAsync(async () =>
        {
            document.Subject = input.Subject!.Trim();
            document.Level = level;
            document.Urgency = input.Urgency ?? "";
            document.Recipients = string.Join('\n', Lines(input.Recipients));
            document.CopyCount = input.CopyCount;
            document.CopyingAllowed = input.CopyingAllowed;
            document.ProtectionYears = stated;
            document.Version++;
            AddVersion(document, input.Body!, drafter);
            await journal.RecordAsync(document, drafter, OutgoingAuditActions.Revised, document.Status, new StepNote($"phiên bản {document.Version}"), cancellationToken);
        }, cancellationToken);
    }

    public static ResourceRef Resource(int id) => new(OutgoingFeature.Kind, id.ToString(CultureInfo.InvariantCulture));

    private void AddVersion(OutgoingDocument document, string body, Person drafter) =>
        db.Versions.Add(new OutgoingVersion
        {
            DocumentId = document.Id, Number = document.Version, Subject = document.Subject, Body = body.Trim(), UserId = drafter.UserId,
            AtUtc = StoredTime.UtcNow,
        });

    private static (DocumentType Type, SecrecyLevel Level, int? Stated) Validate(Person drafter, DraftInput input)
    {
        var errors = new List<string>();
        var type = DocumentTypes.Find(input.Type);
        if (type is null)
            errors.Add("Chọn loại văn bản.");
        if (string.IsNullOrWhiteSpace(input.Subject) || input.Subject.Length > 1000)
            errors.Add("Nhập trích yếu (không quá 1.000 ký tự).");
        if (string.IsNullOrWhiteSpace(input.Body) || input.Body.Length > 100_000)
            errors.Add("Nhập nội dung (không quá 100.000 ký tự).");
        SecrecyLevel? level = input.Level switch { "mat" => SecrecyLevel.Mat, "toi-mat" => SecrecyLevel.ToiMat, _ => null };
        if (input.Level == "tuyet-mat")
            errors.Add("Văn bản Tuyệt mật không được soạn trên hệ thống này.");
        else if (level is null)
            errors.Add("Đề xuất độ mật: Mật hoặc Tối mật.");
        else if (!drafter.Covers(level.Value))
            errors.Add("Bạn không được phép soạn văn bản ở độ mật này.");
        if (!Urgencies.Contains(input.Urgency ?? ""))
            errors.Add("Độ khẩn không hợp lệ.");
        if (Lines(input.Recipients).Count == 0)
            errors.Add("Nhập ít nhất một nơi nhận.");
        if (input.CopyCount is < 1 or > 500)
            errors.Add("Số lượng bản từ 1 đến 500.");
        var stated = ProtectionLaw.Stated(input.ProtectionYears, level, errors);
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        return (type!, level!.Value, stated);
    }

    private static List<string> Lines(IReadOnlyList<string>? lines) =>
        (lines ?? []).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
