#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages ServiceBay needs when they are missing:
# Qt's xcb/EGL libraries, the CJK font embedded in printed forms, poppler (PDF checks in tests),
# Xvfb (screenshots), PostgreSQL (head-office tests) and GStreamer's RTSP server with python3-gi
# (a real network camera on loopback for the bay-camera tests, tests/helpers/rtsp_server.py).
set -euo pipefail
pkgs=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libnss3 libxcomposite1 libxdamage1 libxrandr2
  libxtst6 libcups2 fonts-wqy-microhei poppler-utils xvfb imagemagick postgresql
  python3-gi gir1.2-gst-rtsp-server-1.0 gir1.2-gstreamer-1.0 gir1.2-gst-plugins-base-1.0
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gstreamer1.0-plugins-ugly gstreamer1.0-libav
)
command -v dpkg-query >/dev/null 2>&1 || { echo "sysdeps: not a Debian/Ubuntu system; install the equivalents of: ${pkgs[*]}"; exit 0; }
missing=()
for p in "${pkgs[@]}"; do
  # libasound2 was renamed on newer releases; accept either name.
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ! dpkg-query -W -f='${Status}' libasound2 2>/dev/null | grep -q "ok installed" &&
   ! dpkg-query -W -f='${Status}' libasound2t64 2>/dev/null | grep -q "ok installed"; then
  if apt-cache show libasound2t64 >/dev/null 2>&1; then missing+=(libasound2t64); else missing+=(libasound2); fi
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "ServiceBay needs these system packages. Run:"
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  exit 1
fi
echo "sysdeps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
