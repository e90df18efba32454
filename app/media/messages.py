"""Message codes of the camera and media layer, in zh_CN and en (see app.domain.messages)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "media.camera_lost": (
            "摄像头“{name}”已断开，请检查电源和连接线后重新打开。",
            "Camera “{name}” was lost. Check its power and cable, then open it again.",
        ),
        "media.camera_lost_clip_kept": (
            "摄像头“{name}”在录像时断开；断开前的 {seconds} 秒视频已保存，其他资料均未丢失。",
            "Camera “{name}” was lost while recording; the {seconds} s recorded before it "
            "went away were saved and nothing else was lost.",
        ),
        "media.device_unavailable": (
            "无法打开本机摄像头 {index}：设备不存在或正被其他程序占用。请在设置中选择其他摄像头。",
            "Cannot open local camera {index}: it does not exist or another program is using "
            "it. Choose another camera in Settings.",
        ),
        "media.network_camera_unreachable": (
            "无法在 {seconds} 秒内连接网络摄像头 {url}。请检查地址、网络和摄像头电源。",
            "Cannot reach the network camera {url} within {seconds} s. Check the address, the "
            "network and the camera's power.",
        ),
        "media.file_not_found": (
            "找不到视频文件或图片序列：{path}",
            "Video file or image sequence not found: {path}",
        ),
        "media.file_unreadable": (
            "无法读取视频文件或图片序列：{path}。文件可能已损坏或格式不受支持。",
            "Cannot read the video file or image sequence {path}; it may be damaged or in an "
            "unsupported format.",
        ),
        "media.bad_source_spec": (
            "摄像头设置“{spec}”无效。请使用 device:0、rtsp://…、http://… 或 file:/路径。",
            "Camera setting “{spec}” is not valid. Use device:0, rtsp://…, http://… or file:/path.",
        ),
        "media.no_frame": (
            "摄像头尚未送出画面，请稍候再试。",
            "The camera has not delivered a picture yet. Wait a moment and try again.",
        ),
        "media.corrupt_image": (
            "图片已损坏或无法读取，未保存。请重新拍摄或选择其他文件。",
            "The image is damaged or unreadable and was not saved. Take it again or choose "
            "another file.",
        ),
        "media.disk_full": (
            "磁盘空间不足，文件未保存（{path}）。请清理磁盘后重试；已保存的资料不受影响。",
            "The disk is full; the file was not saved ({path}). Free some space and try again; "
            "everything saved earlier is intact.",
        ),
        "media.write_failed": (
            "无法写入媒体文件（{path}）：{reason}",
            "Cannot write the media file ({path}): {reason}",
        ),
        "media.not_found": (
            "找不到媒体文件 {sha}，可能尚未从其他工位同步过来。",
            "Media file {sha} is missing; it may not have been synced from another workstation "
            "yet.",
        ),
        "media.bad_sha": (
            "媒体文件编号“{sha}”无效。",
            "“{sha}” is not a valid media file id.",
        ),
        "media.already_recording": (
            "正在录像，请先停止当前录像。",
            "A recording is already running; stop it first.",
        ),
        "media.not_recording": (
            "当前没有正在进行的录像。",
            "No recording is running.",
        ),
        "media.recording_failed": (
            "录像无法保存：{reason}",
            "The recording could not be saved: {reason}",
        ),
        "media.recording_empty": (
            "录像还没有任何画面就结束了，未保存。",
            "The recording ended before it had any picture and was not saved.",
        ),
        "media.recording_cut_disk_full": (
            "磁盘空间即将用完，录像已提前结束；已录制的 {seconds} 秒已保存。请清理磁盘。",
            "The disk is almost full, so the recording ended early; the {seconds} s recorded "
            "were saved. Free some disk space.",
        ),
        "media.bad_markup": (
            "照片标注数据无效：{reason}",
            "The photo markup is not valid: {reason}",
        ),
    }
)
