//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::do`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DoParams {
    pub do2: ::std::option::Option<::std::string::String>,
    pub do3: ::std::option::Option<::std::string::String>,
    pub do4: ::std::option::Option<::std::string::String>,
}
impl DoParams {
    /// Sets `do2`.
    #[must_use]
    pub fn do2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.do2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `do3`.
    #[must_use]
    pub fn do3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.do3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `do4`.
    #[must_use]
    pub fn do4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.do4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::do`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DoOkHeaders {
    pub r#do: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::do`].
#[derive(Debug, Clone, PartialEq)]
pub enum DoResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DoOkHeaders },
}
/// Documented error responses of [`super::Client::do`].
#[derive(Debug, Clone, PartialEq)]
pub enum DoError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::do_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum DoPostError {}
impl super::Client {
    /// */ operation do "#
    ///
    /// `GET /op41/{do}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#do(
        &self,
        r#do: &str,
        params: &DoParams,
    ) -> ::std::result::Result<DoResponse, super::Error<DoError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op41/");
        url.push_str(
            &super::runtime::path_param(
                "do",
                &super::runtime::to_value("do", &r#do)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.do2 {
            let v = super::runtime::to_value("do", v)?;
            super::runtime::push_param(&mut query, "do", &v, "form", true);
        }
        if let Some(v) = &params.do3 {
            let v = super::runtime::to_value("do", v)?;
            headers.push(("do", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.do4 {
            let v = super::runtime::to_value("do", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "do", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[41usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("do", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "do", method = "GET", path = "/op41/{do}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("do", status, &response_headers);
        match status {
            200 => {
                let headers = DoOkHeaders {
                    r#do: super::runtime::optional_header(
                        &response_headers,
                        "do",
                        status,
                    )?,
                };
                Ok(DoResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        DoError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(DoError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            DoError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op41/{do}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn do_post(
        &self,
        r#do: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<DoPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op41/");
        url.push_str(
            &super::runtime::path_param(
                "do",
                &super::runtime::to_value("do", &r#do)?,
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
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self.run_request_hooks("do_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "do_post", method = "POST", path =
            "/op41/{do}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("do_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        DoPostError,
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
