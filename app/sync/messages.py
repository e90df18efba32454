"""Message codes of workstation sync, in zh_CN and en (see app.domain.messages)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "sync.not_enrolled": (
            "本工作站尚未登记到总部。请先运行 enroll 并输入总部提供的登记码。",
            "This workstation is not enrolled with head office yet. Run enroll with the code "
            "head office gave you.",
        ),
        "sync.already_enrolled": (
            "本工作站已登记到总部（设备 {device}），无需重复登记。",
            "This workstation is already enrolled with head office (device {device}).",
        ),
        "sync.unreachable": (
            "无法连接总部服务器 {url}：{reason}。数据已安全保存在本机，恢复联网后会自动同步。",
            "Cannot reach head office at {url}: {reason}. Everything is saved on this "
            "workstation and will sync when the connection is back.",
        ),
        "sync.enroll_refused": (
            "总部拒绝了登记：{reason}。请向总部索取新的登记码。",
            "Head office refused the enrollment: {reason}. Ask head office for a new code.",
        ),
        "sync.dealer_mismatch": (
            "登记码属于经销商 {server}，而本工作站设置为经销商 {local}。未作任何更改；"
            "请向总部索取本经销商的登记码。",
            "The code belongs to dealer {server} but this workstation is set up for dealer "
            "{local}. Nothing was changed; ask head office for a code of this dealer.",
        ),
        "sync.revoked": (
            "总部已停用本工作站，无法再同步。未同步的数据仍保存在本机。",
            "Head office has revoked this workstation; it can no longer sync. Unsynced data "
            "is still kept on this workstation.",
        ),
        "sync.protocol": (
            "总部服务器版本与本程序不兼容（{detail}）。请升级本程序。",
            "The head-office server does not speak this version's protocol ({detail}). "
            "Update this program.",
        ),
        "sync.certificate_untrusted": (
            "总部服务器 {url} 的证书不受信任：{reason}。请确认服务器地址；如果经销商使用自己的"
            "证书颁发机构，请用 --ca-file 指定其证书文件。未发送任何数据。",
            "The certificate of head office at {url} is not trusted: {reason}. Check the "
            "server address; if your dealer uses its own certificate authority, give its "
            "certificate with --ca-file. Nothing was sent.",
        ),
        "sync.insecure_url": (
            "拒绝使用未加密的地址 {url}：设备密钥会以明文传输。请使用 https:// 地址；"
            "仅在受信任的网络中测试时可加 --insecure。",
            "Refusing the unencrypted address {url}: the device key would travel in plain "
            "text. Use an https:// address; add --insecure only to test on a trusted network.",
        ),
        "sync.ca_file": (
            "无法读取证书颁发机构文件 {path}：{reason}。",
            "Cannot read the certificate authority file {path}: {reason}.",
        ),
        "sync.server_error": (
            "总部服务器出错（{status}）：{detail}。稍后会自动重试，数据不会丢失。",
            "Head office answered with an error ({status}): {detail}. Sync will retry; "
            "nothing is lost.",
        ),
        "sync.rate_limited": (
            "总部暂时限制了来自本机的请求次数。请在 {seconds} 秒后再试；数据已安全保存在本机。",
            "Head office is limiting requests from this workstation for now. Try again in "
            "{seconds} s; everything is saved on this workstation.",
        ),
        "sync.unavailable": (
            "总部服务器暂时繁忙，约 {seconds} 秒后会自动重试，数据不会丢失。",
            "Head office is busy for the moment; sync retries in about {seconds} s and "
            "nothing is lost.",
        ),
        "sync.conflict": (
            "总部未接受这批数据：与总部已有的数据冲突。数据仍保存在本机，稍后会自动重试；"
            "如果一直出现，请联系总部。",
            "Head office did not accept this batch: it clashes with data head office holds. "
            "It stays on this workstation and sync retries later; if this keeps happening, "
            "contact head office.",
        ),
        "sync.internal_error": (
            "同步时出现程序内部错误，详情已记入日志。数据仍保存在本机，稍后会自动重试。",
            "Sync hit an internal error; the details are in the log. Everything is saved on "
            "this workstation and sync retries later.",
        ),
        "sync.local_disk": (
            "本机磁盘已满或无法写入，同步已暂停；本机已保存的数据未受影响。请释放磁盘空间后再同步。",
            "This workstation's disk is full or cannot be written; sync stopped and the data "
            "already saved here is intact. Free some disk space, then sync again.",
        ),
        "sync.enroll_code_invalid": (
            "登记码无效、已被使用或已过期。请向总部索取新的登记码。",
            "The enrollment code is unknown, already used or expired. Ask head office for a "
            "new code.",
        ),
        "sync.device_id_taken": (
            "总部已有同一编号的工作站（{device}），未作任何更改。请联系总部。",
            "Head office already has a workstation with this id ({device}); nothing was "
            "changed. Contact head office.",
        ),
    }
)
