//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::line_break`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineBreakParams {
    pub line_break2: ::std::option::Option<::std::string::String>,
    pub line_break3: ::std::option::Option<::std::string::String>,
    pub line_break4: ::std::option::Option<::std::string::String>,
}
impl LineBreakParams {
    /// Sets `line_break2`.
    #[must_use]
    pub fn line_break2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.line_break2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `line_break3`.
    #[must_use]
    pub fn line_break3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.line_break3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `line_break4`.
    #[must_use]
    pub fn line_break4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.line_break4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::line_break`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineBreakOkHeaders {
    pub line_break: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::line_break`].
#[derive(Debug, Clone, PartialEq)]
pub enum LineBreakResponse {
    /// ok
    Ok { body: super::types::Everything, headers: LineBreakOkHeaders },
}
/// Documented error responses of [`super::Client::line_break`].
#[derive(Debug, Clone, PartialEq)]
pub enum LineBreakError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::line_break_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum LineBreakPostError {}
impl super::Client {
    /// */ operation line
    /// break "#
    ///
    /** `GET /op80/{line
break}`*/
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn line_break(
        &self,
        line_break: &str,
        params: &LineBreakParams,
    ) -> ::std::result::Result<LineBreakResponse, super::Error<LineBreakError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op80/");
        url.push_str(
            &super::runtime::path_param(
                "line\nbreak",
                &super::runtime::to_value("line\nbreak", &line_break)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.line_break2 {
            let v = super::runtime::to_value("line\nbreak", v)?;
            super::runtime::push_param(&mut query, "line\nbreak", &v, "form", true);
        }
        if let Some(v) = &params.line_break3 {
            let v = super::runtime::to_value("line\nbreak", v)?;
            headers.push(("line\nbreak", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.line_break4 {
            let v = super::runtime::to_value("line\nbreak", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "line\nbreak", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[80usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("line_break", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "line\nbreak", method = "GET", path =
            "/op80/{line\nbreak}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("line_break", status, &response_headers);
        match status {
            200 => {
                let headers = LineBreakOkHeaders {
                    line_break: super::runtime::optional_header(
                        &response_headers,
                        "line\nbreak",
                        status,
                    )?,
                };
                Ok(LineBreakResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        LineBreakError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(LineBreakError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            LineBreakError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /** `POST /op80/{line
break}`*/
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn line_break_post(
        &self,
        line_break: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<LineBreakPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op80/");
        url.push_str(
            &super::runtime::path_param(
                "line\nbreak",
                &super::runtime::to_value("line\nbreak", &line_break)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("line_break_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "line\nbreak_post", method = "POST", path =
            "/op80/{line\nbreak}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("line_break_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        LineBreakPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
